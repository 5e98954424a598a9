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
fn an_empty_list_prints_no_table_but_json_says_empty() {
    let none: Vec<Company> = Vec::new();
    assert_eq!(render(&none, Format::Table).unwrap(), "");
    assert_eq!(render(&none, Format::Json).unwrap().trim(), "[]");
    assert_eq!(render(&none, Format::Ndjson).unwrap(), "");
}

#[test]
fn times_in_tables_are_utc_to_the_minute() {
    let t: Timestamp = "2027-03-01T09:30:15Z".parse().unwrap();
    assert_eq!(time(&t), "2027-03-01 09:30 UTC");
}
