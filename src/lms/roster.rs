//! Reading the gradebook a teacher exports from an LMS.
//!
//! Each LMS writes its own layout (docs/lms.md has the columns, from each vendor's
//! documentation and source code). What every layout gives us: the students, with the
//! columns that identify them for the import (kept verbatim: Brightspace's `#` prefixes,
//! Canvas's ids), their names for matching, and the grade items with their points.

use std::path::Path;

use super::LmsError;

/// Which LMS wrote the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lms {
    Canvas,
    Moodle,
    Brightspace,
    GoogleClassroom,
}

impl Lms {
    pub fn name(self) -> &'static str {
        match self {
            Lms::Canvas => "Canvas",
            Lms::Moodle => "Moodle",
            Lms::Brightspace => "Brightspace",
            Lms::GoogleClassroom => "Google Classroom",
        }
    }

    /// A file name stem for the import file: `canvas`, `moodle`…
    pub fn slug(self) -> &'static str {
        match self {
            Lms::Canvas => "canvas",
            Lms::Moodle => "moodle",
            Lms::Brightspace => "brightspace",
            Lms::GoogleClassroom => "google-classroom",
        }
    }
}

/// One student of the roster.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterStudent {
    /// The name as people read it ("Jane Doe", from "Doe, Jane" or two columns).
    pub name: String,
    /// What identifies the student for good: Canvas's ID, Moodle's or Google's email,
    /// Brightspace's OrgDefinedId (as written, `#` included). Pairings made by hand are
    /// remembered by it.
    pub id: String,
    /// The cells of the identity columns ([`Roster::identity_headers`]), verbatim.
    pub identity: Vec<String>,
}

/// A grade column of the export.
#[derive(Clone, Debug, PartialEq)]
pub struct GradeItem {
    /// The header as written, reused verbatim in the import file.
    pub header: String,
    /// The item's name as the teacher knows it.
    pub name: String,
    /// Points possible, when the file says.
    pub points: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Roster {
    pub lms: Lms,
    /// The columns that identify a student, as written, in order.
    pub identity_headers: Vec<String>,
    pub students: Vec<RosterStudent>,
    pub items: Vec<GradeItem>,
}

/// Words in Canvas headers that mark computed totals, never assignments (Canvas's
/// importer drops such columns too).
const CANVAS_TOTALS: &[&str] = &[
    "Current Score",
    "Current Points",
    "Current Grade",
    "Final Score",
    "Final Points",
    "Final Grade",
    "Override Score",
    "Override Grade",
    "Override Status",
    "Unposted",
];

impl Roster {
    /// Reads the export at `path`.
    pub fn read(path: &Path) -> Result<Roster, LmsError> {
        let bytes = std::fs::read(path).map_err(|source| LmsError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Roster::parse(&bytes, path)
    }

    /// Reads an export's bytes (`path` is for messages).
    pub fn parse(bytes: &[u8], path: &Path) -> Result<Roster, LmsError> {
        // A PDF, a spreadsheet saved as .xlsx, a photo: say so rather than quote bytes.
        let text = String::from_utf8_lossy(bytes);
        let replaced = text.chars().filter(|&c| c == '\u{fffd}').count();
        if bytes.contains(&0) || replaced * 20 > text.chars().count().max(1) {
            return Err(LmsError::NotText {
                path: path.to_path_buf(),
            });
        }
        let text = text.trim_start_matches('\u{feff}');
        let rows = read_rows(text, path)?;
        let Some((header, body)) = rows.split_first() else {
            return Err(LmsError::NoStudents {
                path: path.to_path_buf(),
            });
        };
        let header: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
        let col = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
        // Moodle and Google both have an email column; Moodle writes "Email address",
        // Google "Email Address".
        let has = |name: &str| header.iter().any(|h| h == name);
        let roster = if col("OrgDefinedId").is_some()
            || (col("Username").is_some() && col("End-of-Line Indicator").is_some())
        {
            brightspace(&header, body)
        } else if header
            .first()
            .is_some_and(|h| h.contains("Student") || h == "LastName")
            && col("ID").is_some()
        {
            canvas(&header, body)
        } else if has("Email address")
            || has("ID number")
            || has("Last downloaded from this course")
            || header.iter().any(|h| h.ends_with(" (Real)"))
        {
            moodle(&header, body)
        } else if col("Email Address").is_some() || col("Email").is_some() {
            google(&header, body)
        } else {
            None
        };
        let Some(roster) = roster else {
            return Err(LmsError::UnknownLayout {
                path: path.to_path_buf(),
                header: crate::text::shorten(&header.join(", "), 120),
            });
        };
        if roster.students.is_empty() {
            return Err(LmsError::NoStudents {
                path: path.to_path_buf(),
            });
        }
        Ok(roster)
    }
}

/// The file's rows, with its delimiter (`,`, `;` or tab: whichever the first line has
/// most of).
fn read_rows(text: &str, path: &Path) -> Result<Vec<Vec<String>>, LmsError> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| LmsError::Csv {
            path: path.to_path_buf(),
            line: e.position().map_or(0, |p| p.line()),
            message: e.to_string(),
        })?;
        let row: Vec<String> = record.iter().map(str::to_owned).collect();
        if row.iter().any(|c| !c.trim().is_empty()) {
            rows.push(row);
        }
    }
    Ok(rows)
}

fn cell(row: &[String], i: Option<usize>) -> String {
    i.and_then(|i| row.get(i))
        .map_or(String::new(), |c| c.trim().to_owned())
}

fn number(s: &str) -> Option<f64> {
    s.trim().replace(',', ".").parse().ok()
}

fn full_name(first: &str, last: &str) -> String {
    crate::text::collapse_spaces(&format!("{first} {last}"))
}

fn canvas(header: &[String], body: &[Vec<String>]) -> Option<Roster> {
    let section = header.iter().position(|h| h == "Section")?;
    let id = header.iter().position(|h| h == "ID")?;
    let identity_headers: Vec<String> = header.get(..=section)?.to_vec();
    let item_columns: Vec<usize> = (section + 1..header.len())
        .filter(|&c| {
            let h = &header[c];
            !CANVAS_TOTALS.iter().any(|t| h.contains(t))
        })
        .collect();
    let points_row = body
        .iter()
        .find(|r| r.first().is_some_and(|c| c.trim() == "Points Possible"));
    let items = item_columns
        .iter()
        .filter_map(|&c| {
            let h = &header[c];
            // "Title (12345)": an assignment. Other columns are custom text columns.
            let open = h.rfind(" (")?;
            let inside = h.get(open + 2..)?.strip_suffix(')')?;
            if inside.is_empty() || !inside.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some(GradeItem {
                header: h.clone(),
                name: h.get(..open)?.to_owned(),
                points: points_row.and_then(|r| number(&cell(r, Some(c)))),
            })
        })
        .collect();
    let last_first = header.first().is_some_and(|h| h == "LastName");
    let students = body
        .iter()
        .filter(|r| {
            let first = cell(r, Some(0));
            first != "Points Possible" && !cell(r, Some(id)).is_empty()
        })
        .map(|r| {
            let name = if last_first {
                full_name(&cell(r, Some(1)), &cell(r, Some(0)))
            } else {
                let sortable = cell(r, Some(0));
                match sortable.split_once(',') {
                    Some((last, first)) => full_name(first, last),
                    None => sortable,
                }
            };
            RosterStudent {
                name,
                id: cell(r, Some(id)),
                identity: (0..=section).map(|c| cell(r, Some(c))).collect(),
            }
        })
        .collect();
    Some(Roster {
        lms: Lms::Canvas,
        identity_headers,
        students,
        items,
    })
}

fn moodle(header: &[String], body: &[Vec<String>]) -> Option<Roster> {
    let col = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    // A Moodle export without an email or ID number column cannot be imported back:
    // Moodle's import maps one of those (or a username) to its users.
    let email = col("Email address");
    let id_number = col("ID number");
    let key = email.or(id_number)?;
    let first = col("First name");
    let last = col("Last name").or(col("Surname"));
    let items = header
        .iter()
        .filter_map(|h| {
            let name = h.strip_suffix(" (Real)")?;
            Some(GradeItem {
                header: h.clone(),
                name: name.to_owned(),
                points: None,
            })
        })
        .filter(|i| i.name != "Course total")
        .collect();
    let students = body
        .iter()
        .filter(|r| !cell(r, Some(key)).is_empty())
        .map(|r| RosterStudent {
            name: full_name(&cell(r, first), &cell(r, last)),
            id: cell(r, Some(key)),
            identity: vec![cell(r, Some(key))],
        })
        .collect();
    Some(Roster {
        lms: Lms::Moodle,
        identity_headers: vec![header[key].clone()],
        students,
        items,
    })
}

fn brightspace(header: &[String], body: &[Vec<String>]) -> Option<Roster> {
    let col = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let org = col("OrgDefinedId");
    let user = col("Username");
    let identity: Vec<usize> = [org, user].into_iter().flatten().collect();
    let key = *identity.first()?;
    let first = col("First Name");
    let last = col("Last Name");
    let items = header
        .iter()
        .filter_map(|h| {
            let at = h.find(" Points Grade")?;
            let points = h
                .find("MaxPoints:")
                .and_then(|m| h.get(m + "MaxPoints:".len()..))
                .and_then(|rest| {
                    let end = rest
                        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                        .unwrap_or(rest.len());
                    rest.get(..end).and_then(number)
                });
            Some(GradeItem {
                header: h.clone(),
                name: h.get(..at)?.to_owned(),
                points,
            })
        })
        .collect();
    let students = body
        .iter()
        .filter(|r| !cell(r, Some(key)).trim_start_matches('#').is_empty())
        .map(|r| {
            let name = full_name(&cell(r, first), &cell(r, last));
            let name = if name.is_empty() {
                cell(r, user).trim_start_matches('#').to_owned()
            } else {
                name
            };
            RosterStudent {
                name,
                id: cell(r, Some(key)),
                identity: identity.iter().map(|&c| cell(r, Some(c))).collect(),
            }
        })
        .collect();
    Some(Roster {
        lms: Lms::Brightspace,
        identity_headers: identity.iter().map(|&c| header[c].clone()).collect(),
        students,
        items,
    })
}

/// A grade sheet from Google Classroom ("Download grades as CSV", or the Sheet it
/// exports to): Last Name, First Name, Email Address, then one column per assignment;
/// rows without an email (points, dates, class average) are not students, and a row
/// labelled "Points" gives each assignment's points.
fn google(header: &[String], body: &[Vec<String>]) -> Option<Roster> {
    let col = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let email = col("Email Address").or(col("Email"))?;
    let first = col("First Name");
    let last = col("Last Name");
    let name_columns = [Some(email), first, last];
    let points_row = body.iter().find(|r| {
        r.iter()
            .take(3)
            .any(|c| c.trim().eq_ignore_ascii_case("points"))
    });
    let items = header
        .iter()
        .enumerate()
        .filter(|(c, h)| !name_columns.contains(&Some(*c)) && !h.is_empty())
        .map(|(c, h)| GradeItem {
            header: h.clone(),
            name: h.clone(),
            points: points_row.and_then(|r| number(&cell(r, Some(c)))),
        })
        .collect();
    let students = body
        .iter()
        .filter(|r| cell(r, Some(email)).contains('@'))
        .map(|r| RosterStudent {
            name: full_name(&cell(r, first), &cell(r, last)),
            id: cell(r, Some(email)),
            identity: [last, first, Some(email)]
                .iter()
                .map(|&c| cell(r, c))
                .collect(),
        })
        .collect();
    Some(Roster {
        lms: Lms::GoogleClassroom,
        identity_headers: vec![
            "Last Name".to_owned(),
            "First Name".to_owned(),
            "Email Address".to_owned(),
        ],
        students,
        items,
    })
}
