//! A partner tenant set up in full through the library's `Api` trait, in process, on a sandbox
//! data dir (codes confirm themselves): the enrolled account, a location, orders (one
//! completed, one waiting for payment), benefits (one activated), users holding each role, a
//! guest, and a user with no role. The access and isolation tests probe it in process, and
//! over HTTP by serving the same data dir: tokens issued here are valid there.

use partnerctl::api::*;
use partnerctl::backend::{Embedded, Grant, OpenOptions, Service};
use partnerctl::clock::Clock;
use std::path::Path;
use std::sync::Arc;

/// The clock of every set-up: the server serving the data dir must run at the same time.
pub const SETUP_NOW: &str = "2026-11-24T09:00:00Z";

/// Who a probe acts as: a user holding exactly one role, a member with none, or a guest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principal {
    Role(RoleName),
    NoRole,
    /// A guest holding MPN partner admin (guests may hold only Partner Center roles).
    Guest,
}

impl Principal {
    /// Every role of DOMAIN.md section 5, then no role, then a guest.
    pub fn all() -> Vec<Principal> {
        RoleName::ALL
            .into_iter()
            .map(Principal::Role)
            .chain([Principal::NoRole, Principal::Guest])
            .collect()
    }

    pub fn label(self) -> &'static str {
        match self {
            Principal::Role(r) => r.key(),
            Principal::NoRole => "no-role",
            Principal::Guest => "guest",
        }
    }
}

pub struct Member {
    pub who: Principal,
    pub user: User,
    pub token: String,
}

/// Everything of one tenant a probe may name.
pub struct Org {
    pub prefix: String,
    pub tenant: Tenant,
    pub company: String,
    /// The enrolling Global admin (owner, also Admin agent).
    pub owner: User,
    pub owner_password: String,
    pub owner_token: String,
    pub owner_refresh: String,
    pub account: Account,
    pub location: Account,
    /// An Action Pack card order, completed.
    pub completed_order: Order,
    /// A competency invoice order, waiting for payment.
    pub pending_order: Order,
    /// A product-key benefit, not activated.
    pub key_benefit: Benefit,
    /// The seats benefit, activated.
    pub seat_benefit: Benefit,
    /// A product-key benefit, activated, and its keys (seen once, at set-up).
    pub shown_key_benefit: String,
    pub keys: Vec<String>,
    /// A user with no role, the object of user and role operations.
    pub target: User,
    pub target_password: String,
    pub members: Vec<Member>,
    pub mails: Vec<Mail>,
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A sandbox service on `data` with the clock at [`SETUP_NOW`].
pub fn sandbox_service(data: &Path) -> Arc<Service> {
    Service::open(
        data,
        OpenOptions {
            create_sandbox: true,
            clock: Clock::fixed(SETUP_NOW.parse().unwrap()),
            one_command: false,
        },
    )
    .unwrap()
}

pub fn legal(company: &str, country: &str, email: &str) -> LegalProfileInput {
    let (city, state, postal) = match country {
        "US" => ("Redmond", Some("WA"), "98052"),
        _ => ("Berlin", None, "10115"),
    };
    LegalProfileInput {
        company_name: company.into(),
        address: Address {
            country: country.into(),
            city: city.into(),
            state: state.map(Into::into),
            address_line1: "1 Main Street".into(),
            postal_code: postal.into(),
            ..Address::default()
        },
        primary_contact: Contact {
            first_name: "Pat".into(),
            last_name: format!("Contact{company}"),
            email: email.into(),
            phone_number: "+1 425 555 0100".into(),
        },
    }
}

pub fn new_user(email: &str, first: &str, roles: Vec<RoleName>, guest: bool) -> NewUser {
    NewUser {
        email: email.into(),
        first_name: first.into(),
        last_name: "Person".into(),
        user_principal_name: None,
        roles,
        guest,
    }
}

/// The first sign-in of a user with a temporary password, which chooses a new one: the new
/// password and the tokens.
pub async fn first_sign_in(anon: &Embedded, upn: &str, temporary: &str) -> (String, Tokens) {
    let chosen = format!("Chosen-{temporary}");
    let tokens = anon
        .change_password(ChangePassword {
            username: upn.into(),
            password: temporary.into(),
            new_password: chosen.clone(),
        })
        .await
        .unwrap();
    (chosen, tokens)
}

/// Sets up tenant `prefix` (company `<Prefix> Corp`, domain `<prefix>.com`) on `service`;
/// `members`: also a user per [`Principal`].
pub async fn set_up(service: &Arc<Service>, prefix: &str, members: bool) -> Org {
    let anon = Embedded::new(service.clone(), None);
    let domain = format!("{prefix}.com");
    let company = format!("{}{} Corp", prefix[..1].to_uppercase(), &prefix[1..]);
    let created = anon
        .create_tenant(CreateTenant {
            domain_prefix: prefix.into(),
            domains: vec![domain.clone()],
            global_admin: Some(Contact {
                first_name: "Ada".into(),
                last_name: format!("Owner{prefix}"),
                email: format!("ada@{domain}"),
                phone_number: String::new(),
            }),
            sign_in: false,
        })
        .await
        .unwrap();
    let (owner_password, tokens) = first_sign_in(
        &anon,
        &created.global_admin.user_principal_name,
        &created.temporary_password,
    )
    .await;
    let api = Embedded::new(service.clone(), Some(tokens.access_token.clone()));
    let enrolled = api
        .create_account(CreateAccount {
            legal_business_profile: legal(&company, "US", &format!("pat@{domain}")),
            agreement: AgreementAcceptance {
                accepted: true,
                signer: None,
            },
            organization_profile: None,
        })
        .await
        .unwrap();
    let location = api
        .add_location(legal(
            &format!("{company} GmbH"),
            "DE",
            &format!("lena@{domain}"),
        ))
        .await
        .unwrap();
    let bought = api
        .upgrade(
            AccountRef::global(),
            Upgrade {
                target: UpgradeTarget::ActionPack,
                payment: PaymentMethod::Card,
                attested_by: None,
            },
        )
        .await
        .unwrap();
    let pending = api
        .upgrade(
            AccountRef::global(),
            Upgrade {
                target: UpgradeTarget::Competency {
                    area: CompetencyArea::Security,
                    level: CompetencyLevel::Silver,
                },
                payment: PaymentMethod::Invoice,
                attested_by: None,
            },
        )
        .await
        .unwrap();
    let benefits = api.benefits(AccountRef::global()).await.unwrap();
    let of_kind = |kind: BenefitKind| {
        benefits
            .iter()
            .find(|b| b.kind == kind && b.order_id == bought.order.id)
            .unwrap_or_else(|| panic!("no {kind:?} benefit in {benefits:#?}"))
            .clone()
    };
    let key_benefit = of_kind(BenefitKind::ProductKey);
    let seat_benefit = api
        .activate_benefit(of_kind(BenefitKind::Seats).id)
        .await
        .unwrap();
    // Keys are seen through an activated benefit; a second one keeps `key_benefit` fresh.
    let shown = benefits
        .iter()
        .filter(|b| b.kind == BenefitKind::ProductKey && b.id != key_benefit.id)
        .map(|b| b.id.clone())
        .next()
        .unwrap();
    api.activate_benefit(shown.clone()).await.unwrap();
    let keys = api
        .product_keys(shown.clone())
        .await
        .unwrap()
        .keys
        .into_iter()
        .map(|k| k.key)
        .collect();
    let target = api
        .add_user(new_user(&format!("tess@{domain}"), "Tess", vec![], false))
        .await
        .unwrap();
    let (target_password, _) = first_sign_in(
        &anon,
        &target.user.user_principal_name,
        &target.temporary_password.unwrap(),
    )
    .await;
    let target = target.user;
    let mut all_members = Vec::new();
    if members {
        for who in Principal::all() {
            let label = who.label().replace('-', "");
            let (email, roles, guest) = match who {
                Principal::Role(r) => (format!("{label}@{domain}"), vec![r], false),
                Principal::NoRole => (format!("{label}@{domain}"), vec![], false),
                Principal::Guest => (
                    format!("guest@{prefix}-partner.example"),
                    vec![RoleName::MpnPartnerAdmin],
                    true,
                ),
            };
            let added = api
                .add_user(new_user(&email, &label, roles, guest))
                .await
                .unwrap();
            let upn = added.user.user_principal_name.clone();
            // Guests have no password here: a token as the server gives an application
            // acting as the user.
            let token = match added.temporary_password {
                Some(password) => first_sign_in(&anon, &upn, &password).await.1,
                None => anon.token("common", Grant::App(upn.clone())).await.unwrap(),
            }
            .access_token;
            all_members.push(Member {
                who,
                user: added.user,
                token,
            });
        }
    }
    let mails = api.outbox().await.unwrap();
    Org {
        prefix: prefix.into(),
        tenant: api.whoami().await.unwrap().tenant,
        company,
        owner: created.global_admin,
        owner_password,
        owner_token: tokens.access_token,
        owner_refresh: tokens.refresh_token,
        account: enrolled.account,
        location,
        completed_order: bought.order,
        pending_order: pending.order,
        key_benefit,
        seat_benefit,
        shown_key_benefit: shown,
        keys,
        target,
        target_password,
        members: all_members,
        mails,
    }
}

impl Org {
    pub fn member(&self, who: Principal) -> &Member {
        self.members.iter().find(|m| m.who == who).unwrap()
    }

    /// Every id, name, email and key of this tenant, for asserting that none leaks.
    pub fn secrets(&self) -> Vec<String> {
        let mut s = vec![
            self.tenant.id.clone(),
            self.tenant.default_domain.clone(),
            self.company.clone(),
            self.account.id.clone(),
            self.account.mpn_id.clone(),
            self.account
                .legal_business_profile
                .primary_contact
                .email
                .clone(),
            self.account
                .legal_business_profile
                .primary_contact
                .last_name
                .clone(),
            self.location.id.clone(),
            self.location.mpn_id.clone(),
            self.location.company_name.clone(),
            self.completed_order.id.clone(),
            self.pending_order.id.clone(),
            self.key_benefit.id.clone(),
            self.seat_benefit.id.clone(),
            self.shown_key_benefit.clone(),
            self.owner_token.clone(),
            self.owner_refresh.clone(),
            self.owner_password.clone(),
            self.target_password.clone(),
        ];
        s.extend(self.seat_benefit.access_id.clone());
        s.extend(self.seat_benefit.contract_id.clone());
        s.extend(self.keys.iter().cloned());
        for u in std::iter::once(&self.owner)
            .chain([&self.target])
            .chain(self.members.iter().map(|m| &m.user))
        {
            s.extend([
                u.id.clone(),
                u.user_principal_name.clone(),
                u.email.clone(),
                u.last_name.clone(),
            ]);
        }
        s.extend(self.members.iter().map(|m| m.token.clone()));
        s.extend(self.mails.iter().map(|m| m.id.clone()));
        s.retain(|x| x.len() >= 6 && x != "Person");
        s.sort();
        s.dedup();
        s
    }
}
