//! The parts of the schema only enrollment files have: `parent`, `defaults` and
//! `subsidiaries`, made from the enrollment loader's key lists.

use super::{described, object, reference, text_field, undescribed, users_list};
use crate::api::{BenefitKind, CompetencyArea};
use crate::profile::enrollment::{
    benefit_name, default_keys, subsidiary_keys, BENEFITS_KEYS, COMPETENCY_KEYS, MEMBERSHIP_KEYS,
};
use crate::profile::{organization, FileKind};
use serde_json::{json, Value};

pub(super) fn top_field(key: &str) -> Value {
    match key {
        "parent" => {
            let keys = &organization::KIND.keys[1..];
            let required = &["tenant", "legalBusinessProfile"];
            let parent = object(keys, required, |k| {
                super::top_field(FileKind::Organization, k)
            });
            described(
                parent,
                "The parent organization: an organization profile, without `kind`.",
            )
        }
        "defaults" => described(
            object(default_keys(), &[], |k| match k {
                // Any part of it: each subsidiary's own values complete it.
                "legalBusinessProfile" => json!({
                    "type": "object",
                    "description": "Parts of the legal business profile every subsidiary shares.",
                }),
                other => subsidiary_field(other),
            }),
            "Merged into every subsidiary; a subsidiary's own values win.",
        ),
        "subsidiaries" => json!({
            "type": "array",
            "minItems": 1,
            "description": "The subsidiaries, each enrolled as a location of the parent's account.",
            "items": object(subsidiary_keys(), &[], subsidiary_field),
        }),
        other => undescribed(other),
    }
}

fn subsidiary_field(key: &str) -> Value {
    match key {
        "key" => text_field(
            "Names the subsidiary across runs [default: its country and legal name]; \
             letters, digits, and . _ - /",
        ),
        "legalBusinessProfile" => described(
            reference("legalBusinessProfile"),
            "The subsidiary's legal business profile (with what `defaults` gives).",
        ),
        "membership" => nullable(object(MEMBERSHIP_KEYS, &[], membership_field)),
        "benefits" => nullable(object(BENEFITS_KEYS, &[], |k| match k {
            "activate" => {
                let names: Vec<String> = BenefitKind::ALL.iter().map(benefit_name).collect();
                json!({
                    "description": "The benefits to activate once the membership grants them: \
                                    `all`, or a list of kinds.",
                    "anyOf": [
                        {"const": "all"},
                        {"type": "array", "uniqueItems": true, "items": {"enum": names}},
                    ],
                })
            }
            other => undescribed(other),
        })),
        "users" => {
            let mut users = users_list();
            users["minItems"] = json!(0);
            users
        }
        other => undescribed(other),
    }
}

fn membership_field(key: &str) -> Value {
    match key {
        "actionPack" => json!({"type": "boolean", "description": "Buy the Action Pack."}),
        "competencies" => json!({
            "type": "array",
            "description": "Competencies to buy, one per area.",
            "items": object(COMPETENCY_KEYS, COMPETENCY_KEYS, |k| match k {
                "area" => json!({"enum": CompetencyArea::ALL.map(CompetencyArea::key)}),
                "level" => json!({"enum": ["silver", "gold"]}),
                other => undescribed(other),
            }),
        }),
        "payment" => json!({"enum": ["card", "invoice"], "description": "[default: card]"}),
        "attestedBy" => text_field("Who attests the competency requirements (an email)."),
        other => undescribed(other),
    }
}

/// A section left empty (`benefits:`) opts the subsidiary out of the defaults.
fn nullable(mut schema: Value) -> Value {
    schema["type"] = json!(["object", "null"]);
    schema
}
