//! The offer catalog's statements: offers stored as JSON, in display order.

use crate::api::Offer;
use crate::backend::store::{parse_json, Tx};
use crate::error::Result;

/// Records an offer at `position`, unless the catalog has one with its id.
pub fn insert_offer(tx: &Tx, position: i64, offer: &Offer) -> Result<()> {
    tx.exec(
        "INSERT INTO offers (id, position, json) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        (&offer.id, position, serde_json::to_string(offer)?),
    )?;
    Ok(())
}

/// Every offer, in display order.
pub fn offers(tx: &Tx) -> Result<Vec<Offer>> {
    tx.all("SELECT json FROM offers ORDER BY position", [], |r| {
        parse_json(&r.get::<_, String>(0)?)
    })
}

/// The offer with this id.
pub fn offer(tx: &Tx, id: &str) -> Result<Option<Offer>> {
    if let Some(offer) = tx.offers.borrow().get(id) {
        return Ok(Some(offer.clone()));
    }
    let offer: Option<Offer> = tx.one("SELECT json FROM offers WHERE id = ?1", [id], |r| {
        parse_json(&r.get::<_, String>(0)?)
    })?;
    if let Some(o) = &offer {
        tx.offers.borrow_mut().insert(id.to_string(), o.clone());
    }
    Ok(offer)
}
