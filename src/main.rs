fn main() {
    println!("partnerctl {}", env!("CARGO_PKG_VERSION"));
}
