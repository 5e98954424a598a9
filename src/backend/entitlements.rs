//! The benefits an order grants, created when it completes (by `membership`, which places
//! and completes orders); what is done with them afterwards is `benefits`'.

use super::ids::new_id;
use super::store::queries::{self, accounts::AccountRow};
use super::store::Tx;
use crate::api::{BenefitKind, Offer};
use crate::error::Result;
use jiff::Timestamp;

/// Create the benefits an offer grants, running to `valid_until` (the anniversary): one
/// statement for the benefits, one for their product keys.
pub fn grant(
    tx: &Tx,
    row: &AccountRow,
    offer: &Offer,
    order_id: &str,
    valid_until: Timestamp,
) -> Result<()> {
    let ids: Vec<String> = offer.benefits.iter().map(|_| new_id()).collect();
    let items = offer
        .benefits
        .iter()
        .zip(&ids)
        .map(|(b, id)| queries::benefits::NewBenefit {
            id,
            name: &b.name,
            kind: b.kind,
            quantity: b.quantity,
            unit: b.unit.as_deref(),
        })
        .collect();
    queries::benefits::insert(
        tx,
        &queries::benefits::NewBenefits {
            account_id: &row.id,
            order_id,
            offer_id: &offer.id,
            valid_until,
            items,
        },
    )?;
    let keys: Vec<(&str, String)> = offer
        .benefits
        .iter()
        .zip(&ids)
        .filter(|(b, _)| b.kind == BenefitKind::ProductKey)
        .flat_map(|(b, id)| (0..b.quantity).map(move |_| (id.as_str(), product_key())))
        .collect();
    queries::benefits::insert_product_keys(tx, &keys)
}

/// A product key in the usual five groups of five.
fn product_key() -> String {
    const ALPHABET: &[u8] = b"BCDFGHJKMPQRTVWXY2346789";
    let chars = crate::random::chars_from(ALPHABET, 25);
    let groups: Vec<&str> = (0..5).map(|g| &chars[g * 5..g * 5 + 5]).collect();
    groups.join("-")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_product_key_is_five_groups_of_five() {
        let key = super::product_key();
        let groups: Vec<&str> = key.split('-').collect();
        assert_eq!(groups.len(), 5, "{key}");
        assert!(groups
            .iter()
            .all(|g| g.len() == 5 && g.bytes().all(|b| b"BCDFGHJKMPQRTVWXY2346789".contains(&b))));
        assert_ne!(key, super::product_key());
    }
}
