use super::*;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Company {
    company_name: String,
    city: String,
}

impl Tabular for Company {
    fn columns() -> &'static [&'static str] {
        &["Company", "City"]
    }
    fn row(&self) -> Vec<String> {
        vec![self.company_name.clone(), self.city.clone()]
    }
}

fn company(name: &str, city: &str) -> Company {
    Company {
        company_name: name.into(),
        city: city.into(),
    }
}

fn companies() -> Vec<Company> {
    vec![
        company("コントソ株式会社", "東京都"),
        company("Contoso Ltd", "Seattle"),
        company("ファブリカム", "大阪市"),
    ]
}

#[test]
fn format_is_a_table_on_a_terminal_and_json_when_piped() {
    assert_eq!(Format::default_for(true, false), Format::Table);
    assert_eq!(Format::default_for(false, false), Format::Json);
    assert_eq!(Format::default_for(false, true), Format::Table);
}

#[test]
fn table_columns_line_up_with_japanese_values() {
    let text = render(&companies(), Format::Table).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].starts_with("COMPANY"));
    // The second column starts at the same display column on every line.
    let starts: Vec<usize> = lines
        .iter()
        .zip(["CITY", "東京都", "Seattle", "大阪市"])
        .map(|(line, cell)| line[..line.find(cell).unwrap()].width())
        .collect();
    assert!(starts.iter().all(|&s| s == starts[0]), "{text}");
    assert!(lines.iter().all(|l| !l.ends_with(' ')));
}

#[test]
fn one_object_is_a_field_value_table() {
    let text = render(&company("コントソ株式会社", "東京都"), Format::Table).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    let a = lines[0].find("コントソ株式会社").unwrap();
    let b = lines[1].find("東京都").unwrap();
    assert_eq!(lines[0][..a].width(), lines[1][..b].width());
    assert!(lines[0].starts_with("Company"));
}

#[test]
fn json_is_the_pretty_serde_form() {
    let text = render(&companies(), Format::Json).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v[0]["companyName"], "コントソ株式会社");
    assert!(text.contains("\n  {"));
}

#[test]
fn ndjson_is_one_compact_object_per_line() {
    let text = render(&companies(), Format::Ndjson).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    for line in &lines {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v.is_object());
    }
    let one = render(&company("A", "B"), Format::Ndjson).unwrap();
    assert_eq!(one, "{\"companyName\":\"A\",\"city\":\"B\"}\n");
}

#[test]
fn yaml_is_the_serde_form() {
    let text = render(&company("A", "B"), Format::Yaml).unwrap();
    assert_eq!(text, "companyName: A\ncity: B\n");
}

#[test]
fn tsv_escapes_tabs_newlines_and_backslashes() {
    let rows = vec![company("a\tb", "line1\nline2"), company("c\\d", "e")];
    let text = render(&rows, Format::Tsv).unwrap();
    assert_eq!(text, "COMPANY\tCITY\na\\tb\tline1\\nline2\nc\\\\d\te\n");
}

#[test]
fn tsv_of_one_object_is_a_header_and_a_row() {
    let text = render(&company("A", "B"), Format::Tsv).unwrap();
    assert_eq!(text, "COMPANY\tCITY\nA\tB\n");
}

#[test]
fn an_empty_list_prints_its_header_and_json_says_empty() {
    let none: Vec<Company> = Vec::new();
    assert_eq!(render(&none, Format::Table).unwrap(), "COMPANY  CITY\n");
    assert_eq!(render(&none, Format::Json).unwrap().trim(), "[]");
    assert_eq!(render(&none, Format::Ndjson).unwrap(), "");
}

#[test]
fn times_in_tables_are_utc_to_the_minute() {
    let t: Timestamp = "2027-03-01T09:30:15Z".parse().unwrap();
    assert_eq!(time(&t), "2027-03-01 09:30 UTC");
}

fn locations() -> Vec<Company> {
    vec![
        company(
            "Contoso Hyderabad Development Centre Private Limited",
            "Hyderabad",
        ),
        company("コントソ中部株式会社", "名古屋市中村区名駅一丁目一番四号"),
        company("Contoso Ltd", "Seattle"),
    ]
}

#[test]
fn a_table_on_a_terminal_fits_its_width() {
    for width in [30, 40, 60] {
        let text = render_fitted(&locations(), Format::Table, Some(width)).unwrap();
        for line in text.lines() {
            assert!(
                line.width() <= width,
                "{width}: {line:?} is {} wide",
                line.width()
            );
        }
        assert!(text.starts_with("COMPANY"), "{text}");
        assert!(text.contains('…'), "{text}");
    }
    // The first column names the row: it stays whole while the others can give way.
    let text = render_fitted(&locations(), Format::Table, Some(70)).unwrap();
    assert!(text.lines().all(|l| l.width() <= 70), "{text}");
    assert!(
        text.contains("Contoso Hyderabad Development Centre Private Limited  Hyde"),
        "{text}"
    );
    // Wide enough, or piped (no width): every value whole.
    let whole = render(&locations(), Format::Table).unwrap();
    assert!(!whole.contains('…'));
    assert_eq!(
        render_fitted(&locations(), Format::Table, Some(200)).unwrap(),
        whole
    );
}

#[test]
fn headers_are_not_cut_while_they_fit() {
    let rows = vec![company("a", &"x".repeat(100))];
    let text = render_fitted(&rows, Format::Table, Some(20)).unwrap();
    assert!(text.starts_with("COMPANY  CITY"), "{text}");
}

#[test]
fn a_field_value_view_wraps_and_keeps_every_character() {
    let one = company(
        "Contoso Hyderabad Development Centre Private Limited",
        "Hyderabad",
    );
    let text = render_fitted(&one, Format::Table, Some(40)).unwrap();
    assert!(text.lines().all(|l| l.width() <= 40), "{text}");
    assert!(!text.contains('…'));
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words.contains(&"Hyderabad") && words.contains(&"Development"),
        "{text}"
    );
}

#[test]
fn states_are_lowercase_words() {
    use crate::api::{OrderStatus, VettingStatus, VettingSubStatus};
    assert_eq!(state(&VettingStatus::Authorized), "authorized");
    assert_eq!(state(&VettingSubStatus::EmailDomain), "email domain");
    assert_eq!(state(&OrderStatus::PendingPayment), "pending payment");
}
