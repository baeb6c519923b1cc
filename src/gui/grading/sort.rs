//! Sorting the class table by any column.

use std::cmp::Ordering;

use crate::grade::{ClassGrade, StudentGrade};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Student,
    Score,
    Precision,
    Recall,
    F1,
    /// F1 of one tag of the key.
    TagF1(usize),
    Kappa,
    Problems,
}

impl Column {
    pub fn value(self, s: &StudentGrade) -> Option<f64> {
        match self {
            Column::Student => None,
            Column::Score => s.score,
            Column::Precision => s.total.precision(),
            Column::Recall => s.total.recall(),
            Column::F1 => s.total.f1(),
            Column::TagF1(t) => s.tally.per_tag.get(t).and_then(|c| c.f1()),
            Column::Kappa => s.kappa,
            Column::Problems => Some(s.problems.len() as f64),
        }
    }
}

/// Row order for `column`; undefined values ("—") always last; ties by name.
pub fn sorted_rows(class: &ClassGrade, column: Column, ascending: bool) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..class.students.len()).collect();
    let by_name = |a: &StudentGrade, b: &StudentGrade| {
        a.student.to_lowercase().cmp(&b.student.to_lowercase())
    };
    rows.sort_by(|&i, &j| {
        let (a, b) = (&class.students[i], &class.students[j]);
        let order = match column {
            Column::Student => by_name(a, b),
            _ => match (column.value(a), column.value(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        let order = if ascending { order } else { order.reverse() };
        order.then_with(|| by_name(a, b))
    });
    rows
}
