# Marginalia's messages in English.
#
# One file per language: copying this file to locales/<code>.ftl and translating
# every message adds a language (README, "Adding a language"). Every id here must
# exist in every other file; `cargo test --test messages` checks it.

## general: General words; the language's own name (View > Language lists it).

language-name = English
general-annotation-count = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
general-score = { NUMBER($score, maximumFractionDigits: 1) }

## end of general


## commands: Window: menus, commands, shortcuts and the Help window (src/gui/command.rs, app/help.rs). Ids: cmd-*, menu-*, help-*.

## end of commands


## workspace: Window: the main window: toolbar, side panels, status bar, banners, find bar, settings (src/gui/ except app/ dialogs and grading/). Ids: ws-*.

## end of workspace


## dialogs: Window: the dialogs (hand-in, file dialog, tag editor, details, source, import preview, teacher prompts; src/gui/app/*). Ids: dlg-*.

## end of dialogs


## grading-screen: Window: the grading screen (src/gui/grading/). Ids: grading-*.

grading-heading = Grade submissions
grading-back = ← Back to annotating
grading-comments-saved = Comments saved to { $path }
grading-settings-summary = Key, folder and settings — { $folder } · { NUMBER($threshold, maximumFractionDigits: 0) }% overlap
grading-settings-summary-partial-credit = Key, folder and settings — { $folder } · { NUMBER($threshold, maximumFractionDigits: 0) }% overlap, partial credit
grading-undo-accept = Undo the last accepted reading
grading-undo-accept-tooltip = Takes it out of the answer key again, saves the key and grades again
grading-tab-class = Class
grading-tab-heat-map = Heat map
grading-tab-review = Review a student
grading-export = Export gradebook and pages…
grading-lms = Scores for the LMS…
grading-lms-tooltip = Open the gradebook you exported from Canvas, Moodle, Brightspace or Google Classroom (CSV) to write the file that imports the scores back
grading-pick-roster = Choose the gradebook exported from your LMS (CSV)
grading-projector = Projector: no names
grading-projector-tooltip = For showing the class: students become Student 1, Student 2…, and comments and file problems are hidden
grading-none-chosen = (none chosen)
grading-key-label = Answer key:
grading-choose-key = Choose key…
grading-pick-key = Choose the answer key
grading-folder-label = Submissions folder:
grading-choose-folder = Choose folder…
grading-pick-folder = Choose the folder of submissions
grading-threshold-label = Overlap to count as found:
grading-percent = { NUMBER($percent, maximumFractionDigits: 0) }%
grading-threshold-tooltip = Intersection over union of the student's and the key's passage.
grading-partial-credit = Partial credit for smaller overlaps
grading-grade = Grade
grading-progress = { $done } of { $total } files
grading-pick-export = Choose where to write the gradebook and feedback pages
grading-exported = Wrote { $gradebook }, { $annotations }, { $summary } and { $count } feedback pages.
grading-no-submissions = No submissions (.ron files) in { $folder }.
grading-class-summary = { $graded } graded · { $failed } could not be read · mean score { $mean } · class agreement (Krippendorff's α) { $alpha }
grading-scores-chart = Scores
grading-tag-chart = Mean F1 by tag (%)
grading-col-student = Student
grading-col-score = Score
grading-col-precision = Precision %
grading-col-recall = Recall %
grading-col-f1 = F1 %
grading-col-tag-f1 = { $tag } F1
grading-col-kappa = κ
grading-col-problems = Problems
grading-sort-tooltip = Sort by this column; click again to reverse
grading-open-review = open the review
grading-open-review-of = { $file } — open the review
grading-score-set-tooltip = Set by you: { $reason } (as graded: { $graded })
grading-failures = Could not be graded
grading-axis-score = score
grading-axis-students = students
grading-mean-f1 = mean F1
grading-article-label = Article:
grading-heat-legend = { $students } students have this article · agreement among them (α) { $alpha } · darker = more students · underline = the key's passage ·
grading-uncharted-heading = For class discussion: readings the key lacks
grading-uncharted-by = by { $students } of { $of } students
grading-add-to-key = Add to the key
grading-add-reading-tooltip = Adds this reading to the key as an optional passage, saves the key and grades the class again
grading-key-passages-heading = The key's passages, fewest found first
grading-passage-outcomes = found by { $found } of { $of } · partly { $partly } · wrong tag { $wrong }
grading-heat-count = { $count } of { $students } students
grading-heat-not-in-key = not a passage in the key
grading-heat-key-tag = key: { $tag }
grading-review-student-label = Student:
grading-choose = choose…
grading-review-choose-student = Choose a student, or click a name in the class table.
grading-review-totals = score { $score } · found { $found } · partly { $partly } · wrong tag { $wrong } · missed { $missed } · extra { $extra } · κ { $kappa }
grading-confusion-heading = Tags chosen: key (rows) against the student (columns)
grading-confusion-corner = key \ student
grading-comment-for = Comment for { $student }
grading-comment-hint = Written on the student's feedback page
grading-save-comments = Save comments
grading-comments-unsaved = unsaved
grading-comments-saved-beside = saved beside the submissions
grading-review-article-absent = This article is not in the student's file: every passage counts as missed.
grading-review-passages = Passages in the key
grading-overlap = { NUMBER($percent, maximumFractionDigits: 0) }% overlap
grading-tagged-as = tagged { $tag }
grading-optional-no-penalty = optional: no penalty
grading-verdict-missed = missed
grading-accept-reading = Accept their reading
grading-accept-reading-tooltip = Adds the student's highlight to the key as another reading of this passage, saves the key and grades the class again
grading-add-highlight-tooltip = Adds this highlight to the key as an optional passage (no one is penalised for missing it), saves the key and grades the class again
grading-note = note: { $note }
grading-legend-in-the-text = In the text:
grading-legend-key = underline = key
grading-override = Set the score by hand
grading-override-tooltip = Shown on the student's page with your reason, and in the gradebook beside the score as graded
grading-override-because = because
grading-override-hint = the student reads this
grading-lms-heading = Scores for { $lms } ({ $file }): { $paired } of { $students } students paired
grading-lms-column = Grade column:
grading-lms-new-column = { $name } (a new column)
grading-lms-points-from-roster = out of { $points } points (from the roster)
grading-lms-out-of = out of
grading-lms-points-suffix = {" points"}
grading-lms-unmatched = Not in the roster by name: { $student } ({ $file }) is
grading-lms-without-submission = In the roster without a submission (their grade is left as it is): { $names }
grading-lms-write = Write the import file…
grading-lms-close = Close the roster
grading-lms-pick-import = Where to write the file to import into the LMS
grading-lms-written = Wrote { $path } for { $lms }: { $count } students. Import it there (docs/lms.md says how).

## end of grading-screen


## tags: The default tag set and the sample exercise's texts, in the project's language. Ids: tag-*.

tag-claim-name = Claim
tag-claim-definition = Something the text says is true, that you could check: who did what, what happened, what a number is.
tag-rebuttal-name = Rebuttal
tag-rebuttal-definition = A reply that denies, doubts or argues against a claim, often from the other side of the story.
tag-framing-name = Framing
tag-framing-definition = Words, labels, quotes or placement chosen to make you feel a certain way about the story, rather than to tell you a fact.
tag-boilerplate-name = Boilerplate
tag-boilerplate-definition = Text that is not part of the story: donation appeals, sign-up nags, "read more" links, comment rules, site blurbs.

## end of tags


## cli: Command line: --help and output (src/cli/, src/main.rs). Ids: cli-*.

## end of cli


## errors-project: Errors and warnings: project files, saving, locks, recovery (src/project_file/, session.rs, lock.rs, recovery.rs, workflow.rs). Ids: file-*, save-*, lock-*, recovery-*.

## end of errors-project


## errors-import: Errors and reports: importing articles (src/import/). Ids: import-*.

## end of errors-import


## errors-grading: Errors and notices: grading, LMS, edits (src/grade/). Ids: grade-*.

grade-list-separator = {", "}
grade-problem-separator = {"; "}
grade-quoted = “{ $quote }”
grade-article-missing = { $count ->
    [one] The article “{ $title }” is missing from this submission, so its { $count } passage in the key count as missed.
   *[other] The article “{ $title }” is missing from this submission, so its { $count } passages in the key count as missed.
}
grade-article-text-differs = { $count ->
    [one] The text of “{ $title }” differs from the key's (a different version or an edited copy): { $placed } of { $count } highlight were placed by their quoted words.
   *[other] The text of “{ $title }” differs from the key's (a different version or an edited copy): { $placed } of { $count } highlights were placed by their quoted words.
}
grade-article-text-differs-lost = { $count ->
    [one] The text of “{ $title }” differs from the key's (a different version or an edited copy): { $placed } of { $count } highlight were placed by their quoted words. { $lost } could not be found in the key's text and were not graded: { $quotes }.
   *[other] The text of “{ $title }” differs from the key's (a different version or an edited copy): { $placed } of { $count } highlights were placed by their quoted words. { $lost } could not be found in the key's text and were not graded: { $quotes }.
}
grade-article-not-in-key = { $count ->
    [one] The article “{ $title }” is not in the answer key; its { $count } highlight were not graded.
   *[other] The article “{ $title }” is not in the answer key; its { $count } highlights were not graded.
}
grade-unknown-tag = { $count ->
    [one] { $count } highlight uses the tag “{ $tag }”, which the answer key does not have; { $rule }.
   *[other] { $count } highlights use the tag “{ $tag }”, which the answer key does not have; { $rule }.
}
grade-unknown-tag-rule = they earn no credit: on a key passage they count as a wrong tag, elsewhere as extra
grade-confusion-extra = (not in the key: extra)
grade-confusion-missed = (nothing: missed)
grade-confusion-unknown-tag = (a tag the key lacks)
grade-terms-optional = optional
grade-terms-points = { $points } points
grade-terms-other-readings = { $count ->
    [one] { $count } other reading
   *[other] { $count } other readings
}
grade-no-student-name = The file has no student name; the file name is used instead.
grade-unnamed = unnamed
grade-file-is-a-key = This file is marked as an answer key, not a student's submission.
grade-file-has-problems = { $count ->
    [one] The file has { $count } problem (those parts were not graded): { $problems }
   *[other] The file has { $count } problems (those parts were not graded): { $problems }
}
grade-same-student = Another file names the same student: { $files }. Check which one to keep.
grade-anonymous-unreadable = this file could not be read
grade-pseudonym = Student { $number }
grade-verdict-found = found
grade-verdict-partly = partly
grade-verdict-wrong-tag = wrong tag
grade-verdict-extra = extra
grade-error-key-has-errors = the answer key has problems, so grading against it would be wrong; fix them first (`marginalia validate { $path }` lists them):
    {"  "}{ $problems }
grade-error-key-without-highlights = { $path } has no highlights, so there is nothing to grade against; open it and annotate the answer key first.
grade-error-folder = cannot read the folder { $path }: { $reason }
grade-error-no-such-input = { $path } does not exist; give submission files or a folder of them.
grade-error-read-feedback = cannot read { $path }: { $reason }
grade-error-feedback-syntax = { $path }:{ $line }:{ $column }: { $reason } — the teacher's comments could not be read; fix or remove the file.
grade-error-save-feedback = cannot save { $path }: { $reason }
grade-error-encode-feedback = cannot write the teacher's comments: { $reason }

## end of errors-grading


## errors-lms-edit: Errors and notices: LMS rosters, edits (src/lms/, src/edit/). Ids: lms-*, edit-*.

## end of errors-lms-edit


## exports: Exported pages and CSV (src/export/): feedback pages, class summary, column headers that no LMS reads. Ids: export-*.

export-percent = { NUMBER($percent, maximumFractionDigits: 0) }%
export-overlap = ({ NUMBER($percent, maximumFractionDigits: 0) }% overlap)
export-col-tag = Tag
export-col-in-key = In key
export-col-found = Found
export-col-partly = Partly
export-col-wrong-tag = Wrong tag
export-col-missed = Missed
export-col-extra = Extra
export-col-precision = Precision
export-col-recall = Recall
export-col-f1 = F1
export-col-kappa = κ
export-col-problems = Problems
export-col-student = Student
export-col-score = Score
export-col-key-passage = Passage in the key
export-col-key-tag = Key's tag
export-col-you = You
export-col-why = Why (from the key)
export-col-your-highlight = Your highlight
export-col-your-tag = Your tag
export-col-your-note = Your note
export-col-mean-score = Mean score
export-col-median = Median
export-col-lowest = Lowest
export-col-highest = Highest
export-col-class-alpha = Class agreement (Krippendorff's α)
export-col-article = Article
export-col-key-passages = Key passages
export-col-article-alpha = Class agreement (α)
export-col-mean-precision = Mean precision
export-col-mean-recall = Mean recall
export-col-mean-f1 = Mean F1
export-col-passage = Passage
export-col-highlight = Highlight
export-col-note = Note
export-feedback-heading = Feedback for { $student }
export-feedback-subtitle = { $title } · graded against the answer key · match threshold { NUMBER($threshold, maximumFractionDigits: 0) }% overlap
export-feedback-score-set = set by your teacher: { $reason }; as graded against the key: { $graded }; agreement with the key, Cohen's κ: { $kappa }
export-feedback-score = agreement with the key, Cohen's κ: { $kappa }
export-feedback-comment = Your teacher's comment
export-feedback-by-tag = By tag
export-feedback-all-tags = All tags
export-feedback-file-notes = Notes on your file
export-feedback-page-title = Feedback: { $student }
export-feedback-article-absent = This article was not in your file, so every passage below counts as missed.
export-confusion-intro = Which tag you chose for the key's passages (rows: the key, columns: you):
export-confusion-corner = Key \ You
export-verdict-found = ✓ found
export-verdict-partly = ◐ partly
export-verdict-tagged-as = ✗ tagged as { $tag }
export-verdict-optional-missed = – not found (optional: no penalty)
export-verdict-missed = – missed
export-your-note = Your note: { $note }
export-extras-intro = Your highlights that are not in the key:
export-legend-in-the-text = {"In the text: "}
export-legend-found = found
export-legend-partly = partly
export-legend-wrong-tag = wrong tag
export-legend-not-in-key = not in key
export-legend-key = dotted underline = the key's passages
export-tag-with-terms = { $tag } ({ $terms })
export-summary-heading = Class results: { $title }
export-summary-subtitle = { $count ->
    [one] { $count } submission graded, { $failed } could not be read · threshold { NUMBER($threshold, maximumFractionDigits: 0) }% overlap
   *[other] { $count } submissions graded, { $failed } could not be read · threshold { NUMBER($threshold, maximumFractionDigits: 0) }% overlap
}
export-summary-subtitle-partial-credit = { $count ->
    [one] { $count } submission graded, { $failed } could not be read · threshold { NUMBER($threshold, maximumFractionDigits: 0) }% overlap, partial credit on
   *[other] { $count } submissions graded, { $failed } could not be read · threshold { NUMBER($threshold, maximumFractionDigits: 0) }% overlap, partial credit on
}
export-summary-by-article = By article
export-summary-students = Students
export-summary-by-tag = By tag (class average)
export-summary-hardest = Key passages, hardest first
export-summary-failures = Files that could not be graded
export-summary-failure = { $file }: { $error }
export-discussion-heading = For class discussion
export-discussion-nothing = Nothing stands out: no reading many students made is missing from the key, and every key passage was found by most.
export-discussion-uncharted = Readings many students made that the key does not have (add one to the key from the grading screen's heat map, or discuss why not):
export-discussion-uncharted-item = “{ $quote }” — { $tag } by { $students } of { $of } students
export-discussion-contested = Key passages few students found, or many tagged otherwise (is the passage clear? is its tag arguable?):
export-discussion-contested-item = “{ $quote }” — the key: { $tag }; found by { $found } of { $of }, tagged otherwise by { $otherwise }
export-role-assignment = assignment
export-role-key = answer key
export-role-submission = submission
export-project-role-by = { $role } by { $author }
export-project-no-highlights = No highlights.
export-csv-student = Student
export-csv-file = File
export-csv-score = Score
export-csv-score-as-graded = Score as graded
export-csv-precision = Precision %
export-csv-recall = Recall %
export-csv-f1 = F1 %
export-csv-kappa = Kappa
export-csv-found = Found
export-csv-partial = Partial
export-csv-wrong-tag = Wrong tag
export-csv-missed = Missed
export-csv-extra = Extra
export-csv-tag-f1 = { $tag } F1 %
export-csv-problems = Problems
export-csv-override-reason = Score set by the teacher because
export-csv-not-graded = (not graded)
export-csv-col-student = student
export-csv-col-file = file
export-csv-col-article = article
export-csv-col-start = start
export-csv-col-end = end
export-csv-col-tag = tag
export-csv-col-quote = quote
export-csv-col-note = note
export-csv-col-outcome = outcome
export-csv-col-highlights = highlights
export-csv-col-author = author
export-csv-outcome-found = found
export-csv-outcome-partial = partial
export-csv-outcome-wrong-tag = wrong tag
export-csv-outcome-extra = extra
export-csv-outcome-missed = missed
export-error-write = cannot write { $path }: { $reason }
export-error-folder = cannot create the folder { $path }: { $reason }
export-error-csv = could not make the CSV file: { $reason }

## end of exports

