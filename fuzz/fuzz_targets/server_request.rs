#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| partnerctl::fuzzing::server_request(data));
