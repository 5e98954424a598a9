//! Location profiles: a subsidiary's own legal business profile (`account locations add -f`).

use super::decode::{Decoder, Kind, Map};
use super::sections;
use crate::api::LegalProfileInput;

pub(crate) const KIND: Kind = Kind {
    name: "location",
    title: "a location profile",
    keys: &["kind", "legalBusinessProfile"],
    needs: "legalBusinessProfile: the subsidiary's companyName, address and primaryContact \
            (see examples/location-de.yaml)",
};

pub(crate) fn decode<'t>(d: &mut Decoder<'t>, top: &Map<'t>) -> LegalProfileInput {
    sections::legal_profile(d, top)
}
