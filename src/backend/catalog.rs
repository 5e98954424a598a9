//! The offer catalog. It is data: the default (the seed's programme: Network, Action Pack,
//! Silver and Gold competencies) lives in `catalog.json` and is copied into a new store, where
//! the backend reads it from.

use super::store::queries;
use super::store::Tx;
use crate::api::*;
use crate::error::{ApiError, Code, Result};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Silver -> Gold in the same area costs 25% less (DOMAIN.md 3).
pub const GOLD_UPGRADE_PERCENT: i64 = 75;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CatalogFile {
    currency: String,
    term_days: i64,
    offers: Vec<OfferEntry>,
    competencies: Competencies,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct OfferEntry {
    id: String,
    name: String,
    kind: OfferKind,
    price_cents: i64,
    benefits: Vec<BenefitGrant>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Competencies {
    areas: BTreeMap<String, String>,
    levels: BTreeMap<String, LevelEntry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LevelEntry {
    price_cents: i64,
    benefits: Vec<BenefitGrant>,
}

/// The offers of the default catalog, in display order.
pub fn default_offers() -> Result<Vec<Offer>> {
    let file: CatalogFile = serde_json::from_str(include_str!("catalog.json"))?;
    let offer = |id: String, name: String, kind, area, level, cents, benefits| Offer {
        id,
        name,
        kind,
        area,
        level,
        price: Money::from_cents(cents, &file.currency),
        term_days: file.term_days,
        benefits,
    };
    let mut out: Vec<Offer> = file
        .offers
        .into_iter()
        .map(|o| offer(o.id, o.name, o.kind, None, None, o.price_cents, o.benefits))
        .collect();
    for area in CompetencyArea::ALL {
        let area_name = file
            .competencies
            .areas
            .get(area.key())
            .cloned()
            .unwrap_or_else(|| area.key().to_string());
        for level in [CompetencyLevel::Silver, CompetencyLevel::Gold] {
            let key = level_key(level);
            let Some(entry) = file.competencies.levels.get(key) else {
                continue;
            };
            out.push(offer(
                competency_offer_id(area, level),
                format!("{} {area_name} competency", capitalise(key)),
                OfferKind::Competency,
                Some(area),
                Some(level),
                entry.price_cents,
                entry.benefits.clone(),
            ));
        }
    }
    Ok(out)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

pub fn level_key(level: CompetencyLevel) -> &'static str {
    match level {
        CompetencyLevel::Silver => "silver",
        CompetencyLevel::Gold => "gold",
    }
}

/// The id of Action Pack's offer.
pub const ACTION_PACK: &str = "action-pack";

/// The id of the offer that buys `target`.
pub fn offer_id(target: &UpgradeTarget) -> String {
    match target {
        UpgradeTarget::ActionPack => ACTION_PACK.to_string(),
        UpgradeTarget::Competency { area, level } => competency_offer_id(*area, *level),
    }
}

pub fn competency_offer_id(area: CompetencyArea, level: CompetencyLevel) -> String {
    format!("competency-{}-{}", area.key(), level_key(level))
}

/// Copy the default catalog into a new store.
pub fn seed(tx: &Tx) -> Result<()> {
    for (i, o) in default_offers()?.iter().enumerate() {
        queries::catalog::insert_offer(tx, i as i64, o)?;
    }
    Ok(())
}

pub fn offers(tx: &Tx) -> Result<Vec<Offer>> {
    queries::catalog::offers(tx)
}

pub fn offer(tx: &Tx, id: &str) -> Result<Offer> {
    queries::catalog::offer(tx, id)?.ok_or_else(|| {
        ApiError::new(Code::OfferNotFound, format!("no offer {id} in the catalog"))
            .hint("list offers with `partnerctl offers list`")
    })
}

pub fn cents(m: &Money) -> i64 {
    (m.amount * 100.0).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_catalog_is_the_seed_programme() {
        let offers = default_offers().unwrap();
        assert!(offers
            .iter()
            .any(|o| o.kind == OfferKind::Network && o.price.amount == 0.0));
        assert!(offers.iter().any(|o| o.kind == OfferKind::ActionPack));
        // Silver and Gold in every area.
        assert_eq!(
            offers
                .iter()
                .filter(|o| o.kind == OfferKind::Competency)
                .count(),
            10
        );
        let incidents = |id: &str| {
            offers
                .iter()
                .find(|o| o.id == id)
                .unwrap()
                .benefits
                .iter()
                .find(|b| b.kind == BenefitKind::SupportIncidents)
                .unwrap()
                .quantity
        };
        // DOMAIN.md 4: support incidents Action Pack 10, Silver 15, Gold 20.
        assert_eq!(incidents("action-pack"), 10);
        assert_eq!(incidents("competency-security-silver"), 15);
        assert_eq!(incidents("competency-security-gold"), 20);
    }
}
