//! One subsidiary's steps: its location (by key), vetting, membership, benefits and users.
//! Each step brings one part to the state the file asks for, or says why it could not: a step
//! that waits on someone (a contact's code, a payment) is pending, and so are the steps after
//! it; a rerun carries on from there.

use super::parent::Readiness;
use super::report::{done, failed, not_done, SubsidiaryReport, UserReport};
use crate::api::*;
use crate::batch::{Outcome, StepReport, Steps, Throttle};
use crate::error::Code;
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
        // Whether this run made the location: it then holds nothing yet.
        let mut made = false;
        let gate = match &self.parent {
            Readiness::Ready => {
                let (gate, created) = self.location_and_vetting(s, &mut r).await;
                made = created;
                gate
            }
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
                let (step, gate) = self.membership(&at, &s.membership, made).await;
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

    /// The location by its key, then where its vetting stands; and whether the location was
    /// made now.
    async fn location_and_vetting(&self, s: &Subsidiary, r: &mut Recorder<'_>) -> (Gate, bool) {
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
                return (gate, false);
            }
        };
        let created = applied.outcome == Applied::Created;
        r.report.mpn_id = Some(applied.account.mpn_id.clone());
        r.say(done("location", outcome_of(applied.outcome)));
        if self.dry_run && created {
            let why = "would follow once the location exists (dry run)".to_string();
            let gate = Gate::Closed(Outcome::Skipped, why, None);
            r.say(gate.report("vetting").expect("closed"));
            return (gate, created);
        }
        let (step, gate) = self.vetting(&applied);
        r.say(step);
        (gate, created)
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

    /// Buys what the backend's plan says the subsidiary lacks (Action Pack, competencies),
    /// and waits for the orders it says await payment. A location `made` by this run holds
    /// nothing and awaits no payment, so everything is bought without asking for the plan
    /// (what another run of the file bought meanwhile answers AlreadySubscribed: held).
    async fn membership(
        &self,
        at: &AccountRef,
        spec: &MembershipSpec,
        made: bool,
    ) -> (StepReport, Gate) {
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
        let (to_buy, mut unpaid) = if made {
            let all = targets.into_iter().map(|t| (t, Some(Outcome::Created)));
            (all.collect(), Vec::new())
        } else {
            match self.planned(at, targets).await {
                Ok(planned) => planned,
                Err(e) => return self.membership_failed(e),
            }
        };
        if unpaid.is_empty() && to_buy.iter().all(|(_, o)| o.is_none()) {
            return (done("membership", Outcome::Unchanged), Gate::Open);
        }
        let mut outcomes = Vec::new();
        for (target, outcome) in to_buy {
            let Some(outcome) = outcome else { continue };
            let req = Upgrade {
                target,
                payment: spec.payment,
                attested_by: spec.attested_by.clone(),
            };
            match self
                .throttle
                .call(|| self.api.upgrade(at.clone(), req.clone()))
                .await
            {
                Ok(p) if p.order.status == OrderStatus::PendingPayment => unpaid.push(p.order.id),
                Ok(_) => outcomes.push(outcome),
                // Bought since we looked (another run of the file at the same time): what the
                // file asks for is held.
                Err(e) if e.is(Code::AlreadySubscribed) => outcomes.push(Outcome::Unchanged),
                Err(e) => return self.membership_failed(e),
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
        if self.dry_run {
            let why = "would follow the purchase (dry run)".to_string();
            let step = done("membership", Outcome::overall(outcomes));
            return (step, Gate::Closed(Outcome::Skipped, why, None));
        }
        (done("membership", Outcome::overall(outcomes)), Gate::Open)
    }

    /// The backend's plan for `targets`: each target with the outcome of buying it (None where
    /// nothing is bought), and the orders awaiting payment.
    async fn planned(
        &self,
        at: &AccountRef,
        targets: Vec<UpgradeTarget>,
    ) -> Result<(Vec<(UpgradeTarget, Option<Outcome>)>, Vec<String>), ApiError> {
        let wants = MembershipWants { targets };
        let plan = self
            .throttle
            .call(|| self.api.membership_plan(at.clone(), wants.clone()))
            .await?;
        let mut unpaid = Vec::new();
        let mut to_buy = Vec::new();
        for item in plan.items {
            let outcome = match item.step {
                PlanStep::Held => None,
                PlanStep::AwaitingPayment { order_id } => {
                    unpaid.push(order_id);
                    None
                }
                PlanStep::Buy { upgrade: false, .. } => Some(Outcome::Created),
                PlanStep::Buy { upgrade: true, .. } => Some(Outcome::Updated),
            };
            to_buy.push((item.target, outcome));
        }
        Ok((to_buy, unpaid))
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
