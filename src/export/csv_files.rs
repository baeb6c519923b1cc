//! CSV exports: the gradebook (one row per student, plus one per file that could not be
//! graded) and every annotation of a class (one row per highlight and per missed key
//! passage) or of a project (one row per highlight). Written with the `csv` crate
//! (quoting, embedded newlines), UTF-8 with a byte-order mark so Excel shows accents and
//! Cyrillic correctly, records ending in CRLF (RFC 4180; decided for every file kind in
//! [`crate::platform::line_endings`]). The columns are documented in `docs/grading.md` (section 6,
//! "Gradebook columns"; `annotations.csv` in section 5).
//!
//! Column headers and words in cells (outcomes, "(not graded)") are in the current
//! language (the export runs in the key's, see `write_files`); no LMS reads these files
//! (the LMS import files are `crate::lms`'s, with the headers the LMS expects). Numbers
//! keep a dot in every language: the gradebook is data, and a decimal comma inside a
//! comma-separated file would need every spreadsheet to guess.

use super::ExportError;
use super::safe::csv_text;
use crate::grade::files::file_name;
use crate::grade::{ClassGrade, Feedback, KeyOutcome, StudentOutcome};
use crate::model::Project;
use crate::t;

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn percent(value: Option<f64>) -> String {
    value.map_or(String::new(), |v| format!("{:.1}", 100.0 * v))
}

fn decimal(value: Option<f64>) -> String {
    value.map_or(String::new(), |v| format!("{v:.3}"))
}

fn into_string(writer: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    let body = writer
        .into_inner()
        .map_err(|e| ExportError::CsvBuffer(e.error().to_string()))?;
    let mut out = BOM.to_vec();
    out.extend(body);
    Ok(out)
}

/// The gradebook: Student, File, Score (the teacher's where they set one), Score as
/// graded, Precision, Recall, F1, Kappa, counts, then F1 per tag, then Problems and the
/// reason for a teacher's score. Percentages have one decimal; empty means "undefined".
pub fn gradebook(class: &ClassGrade, feedback: &Feedback) -> Result<Vec<u8>, ExportError> {
    let mut w = crate::platform::line_endings::csv_writer();
    let mut header: Vec<String> = [
        "export-csv-student",
        "export-csv-file",
        "export-csv-score",
        "export-csv-score-as-graded",
        "export-csv-precision",
        "export-csv-recall",
        "export-csv-f1",
        "export-csv-kappa",
        "export-csv-found",
        "export-csv-partial",
        "export-csv-wrong-tag",
        "export-csv-missed",
        "export-csv-extra",
    ]
    .map(|id| crate::i18n::message(id, None))
    .to_vec();
    for tag in class.key.tags().iter() {
        header.push(csv_text(&t!("export-csv-tag-f1", tag = tag.name.as_str())));
    }
    header.push(t!("export-csv-problems"));
    header.push(t!("export-csv-override-reason"));
    w.write_record(&header)?;
    for s in &class.students {
        let t = &s.total;
        let mut row = vec![
            csv_text(&s.student),
            csv_text(&file_name(&s.file)),
            feedback
                .final_score(s)
                .map_or(String::new(), |v| format!("{v:.1}")),
            s.score.map_or(String::new(), |v| format!("{v:.1}")),
            percent(t.precision()),
            percent(t.recall()),
            percent(t.f1()),
            decimal(s.kappa),
            t.found.to_string(),
            t.partial.to_string(),
            t.wrong_tag.to_string(),
            t.missed.to_string(),
            t.extra.to_string(),
        ];
        for counts in &s.tally.per_tag {
            row.push(percent(counts.f1()));
        }
        row.push(csv_text(&s.problems.join(" ")));
        row.push(
            feedback
                .override_for(&s.file)
                .map_or(String::new(), |o| csv_text(&o.reason)),
        );
        w.write_record(&row)?;
    }
    for failed in &class.failures {
        let mut row = vec![String::new(); header.len()];
        row[0] = csv_text(&t!("export-csv-not-graded"));
        row[1] = csv_text(&file_name(&failed.file));
        if let Some(last) = row.last_mut() {
            *last = csv_text(&failed.error);
        }
        w.write_record(&row)?;
    }
    into_string(w)
}

/// Every graded span of the class (a student's highlights of one tag that touch are one,
/// see `grade::joining`), placed on the key's text (so offsets compare across students),
/// with how it was graded; and every missed key passage. Each count in the gradebook is
/// the number of its rows here.
pub fn class_annotations(class: &ClassGrade) -> Result<Vec<u8>, ExportError> {
    let mut w = crate::platform::line_endings::csv_writer();
    w.write_record(
        [
            "export-csv-col-student",
            "export-csv-col-file",
            "export-csv-col-article",
            "export-csv-col-start",
            "export-csv-col-end",
            "export-csv-col-tag",
            "export-csv-col-quote",
            "export-csv-col-note",
            "export-csv-col-outcome",
            "export-csv-col-highlights",
        ]
        .map(|id| crate::i18n::message(id, None)),
    )?;
    let outcome_found = t!("export-csv-outcome-found");
    let outcome_partial = t!("export-csv-outcome-partial");
    let outcome_wrong_tag = t!("export-csv-outcome-wrong-tag");
    let outcome_extra = t!("export-csv-outcome-extra");
    let outcome_missed = t!("export-csv-outcome-missed");
    for s in &class.students {
        for (a, key_article) in class.key.articles().iter().enumerate() {
            let article = s.articles.get(a).and_then(Option::as_ref);
            let graded = article.map(|t| (t, &t.joined[..])).into_iter();
            for (article, joined) in
                graded.flat_map(|(t, js)| js.iter().enumerate().map(move |j| (t, j)))
            {
                let (j, joined) = joined;
                let range = joined.span.range;
                let quote = key_article.quote(range).unwrap_or_default();
                let outcome = match article.matching.student.get(j) {
                    Some(StudentOutcome::Found { .. }) => &outcome_found,
                    Some(StudentOutcome::Partial { .. }) => &outcome_partial,
                    Some(StudentOutcome::WrongTag { .. }) => &outcome_wrong_tag,
                    Some(StudentOutcome::Extra) | None => &outcome_extra,
                };
                let tag_id = article.members(j).next().map_or("", |p| p.tag_id.as_str());
                let notes: Vec<&str> = article
                    .members(j)
                    .map(|p| p.note.trim())
                    .filter(|n| !n.is_empty())
                    .collect();
                w.write_record([
                    csv_text(&s.student),
                    csv_text(&file_name(&s.file)),
                    csv_text(&key_article.id().0),
                    range.start.0.to_string(),
                    range.end.0.to_string(),
                    csv_text(tag_id),
                    csv_text(quote),
                    csv_text(&notes.join(" / ")),
                    outcome.clone(),
                    joined.members.len().to_string(),
                ])?;
            }
            // Missed key passages are rows too, so a pivot table shows them; an article
            // the student's file lacks has every passage missed, as the gradebook counts.
            let Some(key_spans) = class.key_articles.get(a).map(|ka| &ka.spans) else {
                continue;
            };
            let passages = class.key_articles.get(a).map(|ka| &ka.passages[..]);
            for (k, span) in key_spans.iter().enumerate() {
                let missed =
                    article.is_none_or(|t| t.matching.key.get(k) == Some(&KeyOutcome::Missed));
                // An optional passage missed costs nothing, and the gradebook does not
                // count it.
                let optional = passages.and_then(|p| p.get(k)).is_some_and(|p| p.optional);
                if !missed || optional {
                    continue;
                }
                let tag = span
                    .tag
                    .and_then(|t| class.key.tags().as_slice().get(t))
                    .map_or(String::new(), |t| t.id.0.clone());
                let quote = key_article.quote(span.range).unwrap_or_default();
                w.write_record([
                    csv_text(&s.student),
                    csv_text(&file_name(&s.file)),
                    csv_text(&key_article.id().0),
                    span.range.start.0.to_string(),
                    span.range.end.0.to_string(),
                    csv_text(&tag),
                    csv_text(quote),
                    String::new(),
                    outcome_missed.clone(),
                    "0".to_owned(),
                ])?;
            }
        }
    }
    into_string(w)
}

/// The annotations of one project, offsets in code points as in the file.
pub fn project_annotations(project: &Project) -> Result<Vec<u8>, ExportError> {
    let mut w = crate::platform::line_endings::csv_writer();
    w.write_record(
        [
            "export-csv-col-author",
            "export-csv-col-article",
            "export-csv-col-start",
            "export-csv-col-end",
            "export-csv-col-tag",
            "export-csv-col-quote",
            "export-csv-col-note",
        ]
        .map(|id| crate::i18n::message(id, None)),
    )?;
    for annotation in project.annotations() {
        let Some(article) = project.article(&annotation.article) else {
            continue;
        };
        let Some(chars) = article.to_chars(annotation.range) else {
            continue;
        };
        let author = if annotation.author.is_empty() {
            &project.details().author
        } else {
            &annotation.author
        };
        w.write_record([
            csv_text(author),
            csv_text(&article.id().0),
            chars.start.0.to_string(),
            chars.end.0.to_string(),
            csv_text(&annotation.tag.0),
            csv_text(article.slice(annotation.range).unwrap_or_default()),
            csv_text(&annotation.note),
        ])?;
    }
    into_string(w)
}
