//! One subsidiary's steps: its location (by key), vetting, membership, benefits and users.
//! Each step brings one part to the state the file asks for, or says why it could not: a step
//! that waits on someone (a contact's code, a payment) is pending, and so are the steps after
//! it; a rerun carries on from there.

use super::parent::Readiness;
use super::report::{done, failed, not_done, SubsidiaryReport, UserReport};
use crate::api::*;
use crate::batch::{Outcome, StepReport, Steps, Throttle};
use crate::profile::{MembershipSpec, Subsidiary};
use jiff::Timestamp;
use std::sync::Arc;

/// What every subsidiary's steps share.
pub struct Plan {
    pub api: Arc<dyn Api>,
    pub throttle: Arc<Throttle>,
    pub parent: Readiness,
    pub dry_run: bool,
    /// The backend's clock, to tell an expired verification code.
    pub now: Timestamp,
}

/// Why the steps after a step that is not done do not run.
enum Gate {
    Open,
    Closed(Outcome, String, Option<String>),
}

impl Gate {
    /// The report of `step` behind this gate.
    fn report(&self, step: &'static str) -> Option<StepReport> {
        match self {
            Gate::Open => None,
            Gate::Closed(outcome, message, hint) => Some(StepReport {
                step,
                outcome: *outcome,
                message: Some(message.clone()),
                hint: hint.clone(),
                transient: false,
            }),
        }
    }
}

/// Records each step in the report and tells the runner at once.
struct Recorder<'a> {
    report: SubsidiaryReport,
    steps: &'a Steps<SubsidiaryReport>,
}

impl Recorder<'_> {
    fn say(&mut self, step: StepReport) {
        self.steps.report(&self.report.key, step.clone());
        self.report.steps.push(step);
    }
}

impl Plan {
    pub async fn enroll(
        &self,
        index: usize,
        s: &Subsidiary,
        steps: &Steps<SubsidiaryReport>,
    ) -> SubsidiaryReport {
        let mut r = Recorder {
            report: SubsidiaryReport::new(index, s),
            steps,
        };
        let gate = match &self.parent {
            Readiness::Ready => self.location_and_vetting(s, &mut r).await,
            Readiness::Waiting(why) => {
                let gate = Gate::Closed(Outcome::Pending, why.clone(), None);
                for step in ["location", "vetting"] {
                    r.say(gate.report(step).expect("closed"));
                }
                gate
            }
            Readiness::NewParentDryRun => {
                r.say(done("location", Outcome::Created));
                let why = "would follow once the location exists (dry run)".to_string();
                let gate = Gate::Closed(Outcome::Skipped, why, None);
                r.say(gate.report("vetting").expect("closed"));
                gate
            }
        };
        let gate = match gate.report("membership") {
            Some(step) => {
                r.say(step);
                gate
            }
            None => {
                let at = AccountRef::mpn(r.report.mpn_id.clone().unwrap_or_default());
                let (step, gate) = self.membership(&at, &s.membership).await;
                r.say(step);
                gate
            }
        };
        match gate.report("benefits") {
            Some(step) => r.say(step),
            None => {
                let at = AccountRef::mpn(r.report.mpn_id.clone().unwrap_or_default());
                let step = self.benefits(&at, &s.activate).await;
                r.say(step);
            }
        }
        if matches!(self.parent, Readiness::NewParentDryRun) {
            r.say(not_done(
                "users",
                Outcome::Skipped,
                "would follow once the parent exists (dry run)".into(),
            ));
        } else {
            let (step, users) = self.users(&s.users).await;
            r.report.users = users;
            r.say(step);
        }
        let mut report = r.report;
        report.status = Outcome::overall(report.steps.iter().map(|s| s.outcome));
        report
    }

    /// The location by its key, then where its vetting stands.
    async fn location_and_vetting(&self, s: &Subsidiary, r: &mut Recorder<'_>) -> Gate {
        let req = ApplyLocation {
            key: s.key.clone(),
            legal_business_profile: s.legal_business_profile.clone(),
        };
        let applied = match self
            .throttle
            .call(|| self.api.apply_location(req.clone()))
            .await
        {
            Ok(a) => a,
            Err(e) => {
                r.say(failed("location", e));
                let why = "the location could not be applied".to_string();
                let gate = Gate::Closed(Outcome::Skipped, why, None);
                r.say(gate.report("vetting").expect("closed"));
                return gate;
            }
        };
        r.report.mpn_id = Some(applied.account.mpn_id.clone());
        r.say(done("location", outcome_of(applied.outcome)));
        if self.dry_run && applied.outcome == Applied::Created {
            let why = "would follow once the location exists (dry run)".to_string();
            let gate = Gate::Closed(Outcome::Skipped, why, None);
            r.say(gate.report("vetting").expect("closed"));
            return gate;
        }
        let (step, gate) = self.vetting(&applied);
        r.say(step);
        gate
    }

    fn vetting(&self, a: &LocationApplied) -> (StepReport, Gate) {
        let mpn = &a.account.mpn_id;
        let contact = &a.account.legal_business_profile.primary_contact.email;
        match a.vetting.vetting_status {
            VettingStatus::Authorized => {
                let outcome = match a.previous_vetting_status {
                    Some(VettingStatus::Authorized) => Outcome::Unchanged,
                    _ => Outcome::Updated,
                };
                (done("vetting", outcome), Gate::Open)
            }
            VettingStatus::Rejected => {
                let message = format!(
                    "vetting was rejected ({}): {contact} is not on one of the tenant's domains",
                    crate::output::state(&a.vetting.vetting_sub_status)
                );
                let hint = "give the subsidiary a primary contact on one of the tenant's \
                            domains (or add the domain with `partnerctl tenant domains add`), \
                            then run again"
                    .to_string();
                let step = StepReport {
                    step: "vetting",
                    outcome: Outcome::Failed,
                    message: Some(message),
                    hint: Some(hint),
                    transient: false,
                };
                let why = "vetting was rejected".to_string();
                (step, Gate::Closed(Outcome::Skipped, why, None))
            }
            VettingStatus::Pending | VettingStatus::None => {
                let expired = a.vetting.code_expires_at.is_some_and(|t| t <= self.now);
                let (message, hint) = if expired {
                    (
                        format!("waits for {contact}: the code mailed to them expired"),
                        format!(
                            "send a new one: partnerctl account verify --resend --mpn-id {mpn}"
                        ),
                    )
                } else {
                    (
                        format!("waits for {contact} to confirm the code mailed to them"),
                        format!("partnerctl account verify --mpn-id {mpn} --code CODE"),
                    )
                };
                let step = StepReport {
                    step: "vetting",
                    outcome: Outcome::Pending,
                    message: Some(message),
                    hint: Some(hint.clone()),
                    transient: false,
                };
                let why = format!("waits for vetting: {contact} must confirm the code");
                (step, Gate::Closed(Outcome::Pending, why, Some(hint)))
            }
        }
    }

    /// Buys what the subsidiary lacks of the programmes the file asks for (Action Pack,
    /// competencies), in one request, and waits for the orders that await payment.
    async fn membership(&self, at: &AccountRef, spec: &MembershipSpec) -> (StepReport, Gate) {
        let mut targets: Vec<UpgradeTarget> = Vec::new();
        if spec.action_pack {
            targets.push(UpgradeTarget::ActionPack);
        }
        for c in &spec.competencies {
            targets.push(UpgradeTarget::Competency {
                area: c.area,
                level: c.level,
            });
        }
        if targets.is_empty() {
            return (done("membership", Outcome::Unchanged), Gate::Open);
        }
        let req = ApplyMembership {
            targets,
            payment: spec.payment,
            attested_by: spec.attested_by.clone(),
        };
        let applied = match (self.throttle)
            .call(|| self.api.apply_membership(at.clone(), req.clone()))
            .await
        {
            Ok(applied) => applied,
            Err(e) => return self.membership_failed(e),
        };
        let mut unpaid = Vec::new();
        let mut outcomes = Vec::new();
        for item in applied.items {
            match item.step {
                AppliedStep::Held => {}
                AppliedStep::AwaitingPayment { order_id } => unpaid.push(order_id),
                AppliedStep::Bought { order, .. }
                    if order.status == OrderStatus::PendingPayment =>
                {
                    unpaid.push(order.id)
                }
                AppliedStep::Bought { upgrade: false, .. } => outcomes.push(Outcome::Created),
                AppliedStep::Bought { upgrade: true, .. } => outcomes.push(Outcome::Updated),
            }
        }
        if !unpaid.is_empty() {
            let message = format!(
                "waits for the payment of order {} (invoice)",
                unpaid.join(", ")
            );
            let hint = format!("partnerctl orders pay {}", unpaid[0]);
            let step = StepReport {
                step: "membership",
                outcome: Outcome::Pending,
                message: Some(message.clone()),
                hint: Some(hint.clone()),
                transient: false,
            };
            return (step, Gate::Closed(Outcome::Pending, message, Some(hint)));
        }
        if self.dry_run && !outcomes.is_empty() {
            let why = "would follow the purchase (dry run)".to_string();
            let step = done("membership", Outcome::overall(outcomes));
            return (step, Gate::Closed(Outcome::Skipped, why, None));
        }
        (done("membership", Outcome::overall(outcomes)), Gate::Open)
    }

    fn membership_failed(&self, e: ApiError) -> (StepReport, Gate) {
        let why = "the membership step failed".to_string();
        (
            failed("membership", e),
            Gate::Closed(Outcome::Skipped, why, None),
        )
    }

    /// Activates every available benefit of the kinds asked for, in one request.
    async fn benefits(&self, at: &AccountRef, kinds: &[BenefitKind]) -> StepReport {
        if kinds.is_empty() {
            return done("benefits", Outcome::Unchanged);
        }
        let req = BenefitKinds {
            kinds: kinds.to_vec(),
        };
        match (self.throttle)
            .call(|| self.api.activate_benefits(at.clone(), req.clone()))
            .await
        {
            Ok(a) if a.activated.is_empty() => done("benefits", Outcome::Unchanged),
            Ok(_) => done("benefits", Outcome::Updated),
            Err(e) => failed("benefits", e),
        }
    }

    /// Adds each user, or grants an existing one the roles it lacks.
    async fn users(&self, users: &[NewUser]) -> (StepReport, Vec<UserReport>) {
        let mut reports = Vec::new();
        // Whether every failure was one that may pass (a 5xx, a dropped connection).
        let mut transient = true;
        for u in users {
            let report = match self.throttle.call(|| self.api.apply_user(u.clone())).await {
                Ok(a) => UserReport {
                    email: u.email.clone(),
                    user_principal_name: Some(a.user.user_principal_name),
                    outcome: outcome_of(a.outcome),
                    granted: a.granted,
                    // A dry run's password was never stored.
                    temporary_password: a.temporary_password.filter(|_| !self.dry_run),
                    message: None,
                },
                Err(e) => {
                    transient &= e.is_transient();
                    UserReport {
                        email: u.email.clone(),
                        user_principal_name: None,
                        outcome: Outcome::Failed,
                        granted: Vec::new(),
                        temporary_password: None,
                        message: Some(failed("users", e).message.unwrap_or_default()),
                    }
                }
            };
            reports.push(report);
        }
        let outcome = Outcome::overall(reports.iter().map(|u| u.outcome));
        let step = match reports.iter().find(|u| u.outcome == Outcome::Failed) {
            Some(f) => StepReport {
                transient,
                ..not_done(
                    "users",
                    Outcome::Failed,
                    format!("{}: {}", f.email, f.message.clone().unwrap_or_default()),
                )
            },
            None => done("users", outcome),
        };
        (step, reports)
    }
}

fn outcome_of(a: Applied) -> Outcome {
    match a {
        Applied::Created => Outcome::Created,
        Applied::Updated => Outcome::Updated,
        Applied::Unchanged => Outcome::Unchanged,
    }
}
