//! What `enroll` reports: the parent, each subsidiary with its steps, and the summary. JSON,
//! YAML and NDJSON are these types' serde form; their tables are here too.

use crate::api::{ApiError, RoleName, TenantCreated};
use crate::batch::{self, Outcome, StepReport, Summary};
use crate::output::{Grid, Render, Tabular};
use crate::profile::Subsidiary;
use serde::Serialize;

pub const STEPS: &[&str] = &["location", "vetting", "membership", "benefits", "users"];

/// A step that went as it should.
pub fn done(step: &'static str, outcome: Outcome) -> StepReport {
    StepReport {
        step,
        outcome,
        message: None,
        hint: None,
        transient: false,
    }
}

/// A step that did not, and why.
pub fn not_done(step: &'static str, outcome: Outcome, message: String) -> StepReport {
    StepReport {
        step,
        outcome,
        message: Some(message),
        hint: None,
        transient: false,
    }
}

/// A step the backend refused.
pub fn failed(step: &'static str, e: ApiError) -> StepReport {
    let transient = e.is_transient();
    let mut message = e.message;
    for f in &e.fields {
        message += &format!("; {}: {}", f.field, f.message);
    }
    StepReport {
        step,
        outcome: Outcome::Failed,
        message: Some(message),
        hint: e.hint,
        transient,
    }
}

/// The parent organization: its tenant, global account and vetting.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParentReport {
    pub company_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mpn_id: Option<String>,
    pub status: Outcome,
    pub steps: Vec<StepReport>,
    /// The tenant this run created: its Global admin's temporary password is shown once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_created: Option<TenantCreated>,
}

/// One subsidiary: where it is written, its location, and each step.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SubsidiaryReport {
    /// Its place in the file, to list the subsidiaries in file order.
    #[serde(skip)]
    pub index: usize,
    pub key: String,
    pub origin: String,
    pub company_name: String,
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mpn_id: Option<String>,
    pub status: Outcome,
    pub steps: Vec<StepReport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<UserReport>,
}

impl SubsidiaryReport {
    pub fn new(index: usize, s: &Subsidiary) -> SubsidiaryReport {
        let legal = &s.legal_business_profile;
        SubsidiaryReport {
            index,
            key: s.key.clone(),
            origin: s.origin.clone(),
            company_name: legal.company_name.clone(),
            country: legal.address.country.clone(),
            mpn_id: None,
            status: Outcome::Unchanged,
            steps: Vec::new(),
            users: Vec::new(),
        }
    }

    /// The outcome of `step`, if it ran.
    pub fn outcome(&self, step: &str) -> Option<Outcome> {
        self.steps
            .iter()
            .find(|s| s.step == step)
            .map(|s| s.outcome)
    }
}

impl batch::Done for SubsidiaryReport {
    fn key(&self) -> &str {
        &self.key
    }
    fn steps(&self) -> &[StepReport] {
        &self.steps
    }
    fn reference(&self) -> Option<&str> {
        self.mpn_id.as_deref()
    }
    fn status(&self) -> Outcome {
        self.status
    }
    fn absorb(&mut self, earlier: Self) {
        batch::carry_created(&mut self.steps, &earlier.steps);
        self.status = Outcome::overall(self.steps.iter().map(|s| s.outcome));
        self.mpn_id = self.mpn_id.take().or(earlier.mpn_id);
        for before in earlier.users {
            match self.users.iter_mut().find(|u| u.email == before.email) {
                // Created by the earlier try: its one-time password is shown with this report.
                Some(now) if before.temporary_password.is_some() => {
                    now.outcome = Outcome::Created;
                    now.temporary_password = before.temporary_password;
                    now.user_principal_name = now
                        .user_principal_name
                        .take()
                        .or(before.user_principal_name);
                }
                Some(_) => {}
                None if before.temporary_password.is_some() => self.users.push(before),
                None => {}
            }
        }
    }
}

/// A user of a subsidiary, as applied.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserReport {
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub granted: Vec<RoleName>,
    /// Shown once, when the user was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temporary_password: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// A user whose temporary password this run made (a table of them follows the subsidiaries).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewPassword {
    pub user_principal_name: String,
    pub temporary_password: String,
}

/// Something a person must act on: a failure or what a pending item waits for.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attention {
    pub key: String,
    pub origin: String,
    pub step: &'static str,
    pub outcome: Outcome,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// The whole run, as printed at the end (every format but NDJSON, which streams events).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrollReport {
    pub dry_run: bool,
    pub parent: ParentReport,
    pub subsidiaries: Vec<SubsidiaryReport>,
    pub summary: Summary,
    /// Every failure, with its reason.
    pub failures: Vec<Attention>,
    /// What each pending subsidiary waits for, and for whom.
    pub pending: Vec<Attention>,
}

/// The failures or pending steps of subsidiaries, in file order.
pub fn attention(subsidiaries: &[SubsidiaryReport], outcome: Outcome) -> Vec<Attention> {
    subsidiaries
        .iter()
        .filter(|s| s.status == outcome)
        .flat_map(|s| {
            // A pending subsidiary's first pending step says what it waits for; the later ones
            // wait for the same.
            let steps = s.steps.iter().filter(|st| st.outcome == outcome);
            let steps: Vec<_> = if outcome == Outcome::Pending {
                steps.take(1).collect()
            } else {
                steps.collect()
            };
            steps.into_iter().map(move |st| Attention {
                key: s.key.clone(),
                origin: s.origin.clone(),
                step: st.step,
                outcome,
                message: st.message.clone().unwrap_or_default(),
                hint: st.hint.clone(),
            })
        })
        .collect()
}

/// The NDJSON events, one per line.
#[derive(Serialize)]
#[serde(tag = "event", rename_all = "camelCase")]
pub enum Event<'a> {
    Parent(&'a ParentReport),
    Step {
        key: &'a str,
        #[serde(flatten)]
        step: &'a StepReport,
    },
    Subsidiary(&'a SubsidiaryReport),
    Resumed {
        key: &'a str,
    },
    /// A subsidiary failed for a reason that may pass: it runs once more at the end.
    Retrying {
        key: &'a str,
        reason: &'a str,
    },
    Summary(&'a Summary),
}

// Bulk enrollment (`partnerctl enroll`).

/// A subsidiary's row: its steps' outcomes, and what needs attention.
impl Tabular for SubsidiaryReport {
    fn columns() -> &'static [&'static str] {
        &[
            "Key",
            "MPN ID",
            "Country",
            "Status",
            "Location",
            "Vetting",
            "Membership",
            "Benefits",
            "Users",
            "Note",
        ]
    }
    fn row(&self) -> Vec<String> {
        let mut row = vec![
            self.key.clone(),
            self.mpn_id.clone().unwrap_or_default(),
            self.country.clone(),
            self.status.name().to_string(),
        ];
        row.extend(STEPS.iter().map(|s| match self.outcome(s) {
            // No users in the file: nothing to be unchanged.
            Some(Outcome::Unchanged) if *s == "users" && self.users.is_empty() => String::new(),
            Some(o) => o.name().to_string(),
            None => String::new(),
        }));
        let note = self.steps.iter().find_map(|s| s.message.clone());
        row.push(note.unwrap_or_default());
        row
    }
}

impl Tabular for NewPassword {
    fn columns() -> &'static [&'static str] {
        &["UPN", "Temporary password"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.user_principal_name.clone(),
            self.temporary_password.clone(),
        ]
    }
}

/// The whole run: in a table, its subsidiaries.
impl Render for EnrollReport {
    fn grid(&self) -> Grid {
        self.subsidiaries.grid()
    }
    fn ndjson(&self) -> serde_json::Result<String> {
        Ok(serde_json::to_string(self)? + "\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use batch::Done;

    fn step(step: &'static str, outcome: Outcome) -> StepReport {
        StepReport {
            step,
            outcome,
            message: None,
            hint: None,
            transient: outcome == Outcome::Failed,
        }
    }

    fn user(outcome: Outcome, password: Option<&str>) -> UserReport {
        UserReport {
            email: "ana@contoso.de".into(),
            user_principal_name: Some("ana@contoso.onmicrosoft.com".into()),
            outcome,
            granted: Vec::new(),
            temporary_password: password.map(str::to_string),
            message: None,
        }
    }

    fn report(steps: Vec<StepReport>, users: Vec<UserReport>) -> SubsidiaryReport {
        SubsidiaryReport {
            index: 0,
            key: "de".into(),
            origin: "enrollment.yaml:12".into(),
            company_name: "Contoso GmbH".into(),
            country: "DE".into(),
            mpn_id: None,
            status: Outcome::overall(steps.iter().map(|s| s.outcome)),
            steps,
            users,
        }
    }

    // A first try created the location and a user, then failed for a reason that may pass;
    // the second try found both in place. What the first did stays in the report.
    #[test]
    fn a_retried_subsidiary_keeps_what_its_first_try_created() {
        let first = report(
            vec![
                step("location", Outcome::Created),
                step("users", Outcome::Created),
                step("membership", Outcome::Failed),
            ],
            vec![user(Outcome::Created, Some("Once-Only-1"))],
        );
        let mut second = report(
            vec![
                step("location", Outcome::Unchanged),
                step("users", Outcome::Unchanged),
                step("membership", Outcome::Created),
            ],
            vec![user(Outcome::Unchanged, None)],
        );
        second.absorb(first);
        assert_eq!(second.outcome("location"), Some(Outcome::Created));
        assert_eq!(second.outcome("users"), Some(Outcome::Created));
        assert_eq!(second.status(), Outcome::Created);
        assert_eq!(second.users.len(), 1);
        assert_eq!(second.users[0].outcome, Outcome::Created);
        assert_eq!(
            second.users[0].temporary_password.as_deref(),
            Some("Once-Only-1"),
            "the one-time password of a user the first try created is not lost"
        );
    }
}
