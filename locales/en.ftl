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
role-assignment = assignment
role-key = answer key
role-submission = submission

io-not-found = No such file or directory
io-permission-denied = Permission denied
io-already-exists = File exists
io-is-a-directory = Is a directory
io-not-a-directory = Not a directory
io-storage-full = No space left on device
io-read-only = Read-only file system
io-invalid-data = The file's contents are not valid (not text in the expected encoding, or damaged)

## end of general


## commands: Window: menus, commands, shortcuts and the Help window (src/gui/command.rs, app/help.rs). Ids: cmd-*, menu-*, help-*.

# The menu bar's menus.
menu-file = File
menu-edit = Edit
menu-view = View
menu-teacher = Teacher
menu-help = Help
# File > Open recent, View > Language, View's zoom line and themes.
menu-open-recent = Open recent
menu-language = Language
menu-zoom = Zoom: { NUMBER($percent, maximumFractionDigits: 0) } %
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark

# Each command's label (menus, buttons, Help) and tooltip.
cmd-new = New project
cmd-new-tooltip = Start an empty project; then import or paste an article.
cmd-new-from-clipboard = New from clipboard
cmd-new-from-clipboard-tooltip = Start a project whose article is the text you copied (paragraphs are kept).
cmd-open = Open…
cmd-open-tooltip = Open a project (.ron) or an article to read and annotate.
cmd-import-article = Import article…
cmd-import-article-tooltip = Add an article (web page, PDF, Word, OpenDocument, EPUB, text or Markdown) to this project.
cmd-save = Save
cmd-save-tooltip = Save your work. On an assignment this makes your own file beside it; the assignment is never changed.
cmd-save-as = Save As…
cmd-save-as-tooltip = Save your work under another name or in another folder.
cmd-quit = Quit
cmd-quit-tooltip = Close Marginalia (it asks first if something is not saved).
cmd-undo = Undo
cmd-undo-tooltip = Take back the last change (a highlight, tag, note or deletion).
cmd-redo = Redo
cmd-redo-tooltip = Do again what Undo took back.
cmd-delete-annotation = Delete annotation
cmd-delete-annotation-tooltip = Remove the selected highlight (Undo brings it back).
cmd-edit-note = Edit note
cmd-edit-note-tooltip = Write or change the note of the selected highlight.
cmd-next-annotation = Next annotation
cmd-next-annotation-tooltip = Select the next highlight in the article.
cmd-previous-annotation = Previous annotation
cmd-previous-annotation-tooltip = Select the previous highlight in the article.
cmd-focus-article = Go to the article
cmd-focus-article-tooltip = Move the keyboard to the article: arrows move the caret, Shift+arrows select, tag keys tag.
cmd-find = Find…
cmd-find-tooltip = Search the article for a word (ignores case and accents).
cmd-find-next = Find next
cmd-find-next-tooltip = Go to the next match.
cmd-find-previous = Find previous
cmd-find-previous-tooltip = Go to the previous match.
cmd-zoom-in = Zoom in
cmd-zoom-in-tooltip = Make everything bigger (up to 200 %).
cmd-zoom-out = Zoom out
cmd-zoom-out-tooltip = Make everything smaller (down to 75 %).
cmd-zoom-reset = Actual size
cmd-zoom-reset-tooltip = Back to 100 %.
cmd-grade-submissions = Grade submissions…
cmd-grade-submissions-tooltip = Grade a folder of students' files against an answer key.
cmd-edit-details = Title and instructions…
cmd-edit-details-tooltip = Change the title, the instructions, the exercise's language and what kind of file this is.
cmd-edit-article-source = Article source…
cmd-edit-article-source-tooltip = Say who published the article shown, when, and where it can be found.
cmd-edit-tags = Edit tags…
cmd-edit-tags-tooltip = Change tag names, colours, keys and definitions.
cmd-export-assignment = Export assignment…
cmd-export-assignment-tooltip = Write the copy to hand out: the same articles and tags, without your highlights.
cmd-become-teacher = Edit this file as the teacher…
cmd-become-teacher-tooltip = Change the assignment or answer key itself instead of making a student's copy.
cmd-help = Help
cmd-help-tooltip = How to select, tag, write notes and save, and every shortcut.
cmd-about = About Marginalia
cmd-about-tooltip = Version, licence and the fonts Marginalia uses.

# The Help window: how the work is done, in the order a student meets it.
help-title = Help
help-select-title = Select a passage
help-select-text = Drag over it with the mouse (double-click: a word, triple-click: a paragraph). Or click to place the caret and use Shift+arrows; Shift+Ctrl+arrows select whole words.
help-keyboard-title = Without a mouse
help-keyboard-text = F6 (or Tab) puts the keyboard in the article. Arrows move the caret, Home/End and Page Up/Down jump, Shift extends the selection. Alt+Down and Alt+Up go from highlight to highlight; F2 edits the note.
help-tag-title = Tag it
help-tag-text = Press the tag's key, or click the tag on the right. Click a highlight to select it: a key then changes its tag, Delete removes it.
help-explain-title = Explain it
help-explain-text = Write why in the Note box of the selected highlight. Undo (Ctrl+Z) takes back notes too.
help-hand-in-title = Hand it in
help-hand-in-text = On an assignment, type your name and press Save (Ctrl+S): your work goes into a new file beside the assignment, named after you. The assignment itself never changes.
help-tag-keys = Tag keys
# A tag's name and what it means, beside its key.
help-tag-line = { $name }: { $description }
help-every-command = Every command

# The About window.
help-about-title = About Marginalia
help-about-version = Marginalia { $version }
help-about-description = Offline annotation of news articles for media-literacy classrooms: tag claims, rebuttals, framing and boilerplate; grade against an answer key.
help-about-offline = Works offline: student work never leaves this computer.
help-about-licence = Licence: { $licence }.
help-about-fonts = Fonts
help-font-dejavu = DejaVu Sans — Bitstream Vera / DejaVu free licence.
help-font-droid = Droid Sans Fallback — Apache License 2.0.
help-font-noto-emoji = Noto Emoji 3.006 — SIL Open Font License 1.1.
help-font-egui-emoji = egui's Noto Emoji subset and emoji-icon-font — SIL Open Font License / MIT.
help-font-egui-defaults = Ubuntu Light and Hack (egui's defaults) — Ubuntu Font Licence / MIT.

## end of commands


## workspace: Window: the main window: toolbar, side panels, status bar, banners, find bar, settings (src/gui/ except app/ dialogs and grading/). Ids: ws-*.

# Status bar.
ws-unsaved-changes = Unsaved changes
ws-saved = Saved
# The project's title and role, then how many articles and annotations it has.
ws-status-summary = { $title } ({ $role }) · { $articles } article(s) · { $annotations } annotation(s)
# Over a highlight: who made it.
ws-by-author = by { $author }

# Left panel.
ws-instructions = Instructions
ws-articles = Articles
ws-no-annotations-yet = no annotations yet

# Right panel: tags.
ws-tags = Tags
ws-tags-hint = Select text in the article, then press a tag's key or click the tag.
ws-what-tags-mean = What the tags mean

# Right panel: the list of annotations.
ws-annotations = Annotations
ws-show = Show
ws-all-tags = All tags
ws-none-yet = None yet.
ws-has-a-note = has a note
# A highlighted passage, quoted.
ws-quote = “{ $quote }”
# What a screen reader says for an annotation in the list.
ws-annotation-label = { $tag }: { $quote }

# Right panel: the selected highlight.
ws-selected-highlight = Selected highlight
ws-retag-hint = (a tag key or button above changes it)
ws-note = Note:
ws-note-hint = Why did you tag this?
# In an answer key: how the selected passage counts in grading.
ws-in-grading = In grading
ws-optional = Optional: no penalty if a student misses it
ws-optional-tooltip = A student who finds it still earns its credit
ws-worth = Worth
# After the number of points (a spin box).
ws-points-suffix = {" point(s)"}
ws-own-passage = — a passage of its own
ws-another-reading = Another reading of

# Banners above the article.
ws-problems = Problems
ws-please-check = Please check
ws-dismiss = Dismiss
# Under the title of an article with no stated author: the file it came from.
ws-from-file = From { $file }
ws-no-article-yet = No article yet
ws-no-article-hint = Import a saved web page or a text file, drop one on this window, or paste copied text with Ctrl+V.

# Messages in the status bar.
ws-clipboard-empty = The clipboard has no text to paste: copy the article's text first.
ws-select-highlight-first = Select a highlight first (click it, or Alt+Down), then edit its note.
ws-select-passage-first = Select a passage first: drag over it, or Shift+arrows in the article.
ws-no-more-after = No more highlights after this one.
ws-none-before = No highlights before this one.
ws-paste-use-menu = To make a new project from the copied text, use { menu-file } > { cmd-new-from-clipboard }.

# The window's title.
ws-unsaved-project = unsaved project
ws-window-title = { $name } — Marginalia
ws-window-failed = could not open the window: { $error }

# The find bar (Ctrl+F).
ws-find = Find:
ws-no-matches = no matches
ws-match-position = { $current } of { $total }
# More matches than are counted.
ws-match-position-many = { $current } of { $total }+
ws-find-previous = Previous
ws-find-next = Next
ws-find-close = Close

# File dialogs' filters.
ws-filter-marginalia-files = Marginalia files
ws-filter-all-files = All files

ws-article-spoken = Article: { $title }
ws-article-spoken-in-highlight = {" "}In a { $tag } highlight.
ws-article-spoken-selected = Article: { $title }. Selected: { $quote }.{ $tag }
ws-article-spoken-caret = Article: { $title }. Caret at: { $word }.{ $tag }

## end of workspace


## dialogs: Window: the dialogs (hand-in, file dialog, tag editor, details, source, import preview, teacher prompts; src/gui/app/*). Ids: dlg-*.
# Shared buttons
dlg-save = Save
dlg-cancel = Cancel
dlg-apply = Apply

# Questions before acting (app/dialogs.rs)
dlg-save-changes-heading = Save your changes?
dlg-save-changes-text = Your annotations have changes that are not saved yet.
dlg-dont-save = Don't save
dlg-lock-heading = This project is already open
dlg-lock-text = Another Marginalia window has it open: { $owner }. If you both save, one of you will lose work.
dlg-lock-work-on-copy = Work on a copy
dlg-lock-open-anyway = Open anyway
dlg-lock-working-on-copy = Working on a copy: Save will ask for a new file name.
dlg-disk-heading = The file changed on disk
dlg-disk-text = { $path } was changed by another program or window since you opened it. Overwrite it with your version, or save yours under another name?
dlg-save-as = Save As…
dlg-overwrite = Overwrite
dlg-restore-never-saved = a project that was never saved
dlg-restore-heading = Restore unsaved work?
dlg-restore-text = Marginalia closed before your work was saved. An autosaved copy of { $what } is available.
dlg-restore = Restore
dlg-discard = Discard

# The student's first Save (app/hand_in.rs)
dlg-handin-heading = Save your work
dlg-handin-saving-as = Saving as { $name } — not you? Type your own name.
dlg-handin-name-label = Your name (first and last):
dlg-handin-saved-as = Your work will be saved as:
dlg-handin-type-name-hint = (type your name: the file is named after you)
dlg-handin-assignment-unchanged = The assignment { $file } itself is not changed.
dlg-handin-file-exists = A file with this name is already there (earlier work?). Save replaces it; change the name to keep both.
dlg-handin-replace-and-save = Replace and save
dlg-handin-save-my-work = Save my work
dlg-handin-save-elsewhere = Save somewhere else…
dlg-handin-name-first = Type your name first: it goes on the work you hand in.

# The banner above an assignment or a key (app/hand_in.rs)
dlg-banner-name-first = Type your name first; it goes on the work you hand in.
dlg-banner-hello = Hello { $name }! Save (Ctrl+S) creates your own file: { $path }
dlg-banner-assignment = This is an assignment.
dlg-banner-your-name = Your name:
dlg-banner-name-hint = First and last name
dlg-banner-start = Start my work
dlg-banner-last-used = Last used here: { $name }. Not you? Type your name.
dlg-banner-saved-beside = Your work is saved as a new file beside the assignment.
dlg-banner-whose-work = { $name }'s work — Save (Ctrl+S) writes { $path }
dlg-banner-answer-key = This is an answer key. Saving asks first; students should not change it.

# "Are you the teacher?" and the teacher's commands (app/hand_in.rs, app/teacher.rs)
dlg-teacher-this-file = this file
dlg-teacher-key-heading = Change the answer key?
dlg-teacher-key-text = This is the answer key ({ $path }). Saving changes the key the class is graded against. Students: choose Cancel.
dlg-teacher-assignment-heading = Change the assignment itself?
dlg-teacher-assignment-text = Saving will change { $path }, the file you hand out to the class. Students: choose Cancel, then type your name above the article.
dlg-teacher-confirm = I'm the teacher: change it
dlg-teacher-save-copy = Save a copy instead…
dlg-teacher-mode-on = Teacher mode: Save now writes into { $path }.
dlg-teacher-already-student = This file is a student's work: it is saved in place already.
dlg-teacher-export-is-key = Choose another file: this is the answer key itself.
dlg-teacher-wrote-assignment = Wrote the assignment { $path } ({ $count } articles, no highlights). Hand it out to the class.
dlg-teacher-open-key-first = To change the answer key, open it in this window (File > Open), then grade from Teacher > Grade submissions.
dlg-teacher-article-gone = This article is no longer in the answer key.
dlg-teacher-highlight-does-not-fit = The student's highlight does not fit the key's text.
dlg-teacher-accepted-alternative = Accepted “{ $quote }” as another reading of the key's passage; the key is saved and the class graded again.
dlg-teacher-accepted-optional = Added “{ $quote }” to the key as an optional passage; the key is saved and the class graded again.
dlg-teacher-nothing-to-undo = Nothing accepted here to undo.
dlg-teacher-key-changed = The key changed since; undo it from the annotating view (Ctrl+Z).
dlg-teacher-took-out = Took the accepted reading out of the key again; the key is saved and the class graded again.

# Teacher > Edit tags (app/tag_editor.rs)
dlg-tags-title = Tags
dlg-tags-intro = Change names, colours, keys and definitions; each row's Apply can be undone.
dlg-tags-name-hint = Name
dlg-tags-key = Key:
dlg-tags-move-up = Move up
dlg-tags-move-down = Move down
dlg-tags-delete = Delete
dlg-tags-definition-hint = Definition shown to students
dlg-tags-as-saved = { $name } (as saved)
dlg-tags-add = Add a tag
# The name a new tag gets: "Tag 5".
dlg-tags-new-name = Tag { $number }
dlg-tags-in-use = “{ $tag }” is used by { $count } highlight(s).
dlg-tags-delete-with-highlights = Delete the tag and its highlights
dlg-tags-keep = Keep it

# Teacher > Title and instructions (app/details_editor.rs)
dlg-details-title = Title and instructions
dlg-details-title-label = Title
dlg-details-instructions = Instructions (shown to students)
dlg-details-role = This file is:
dlg-details-role-assignment = assignment
dlg-details-role-key = answer key
dlg-details-role-submission = submission
dlg-details-author = Author:
dlg-details-language = Language of the exercise
dlg-details-language-unset = Not set
dlg-details-language-retags = The default tags will be renamed in this language too.

# Teacher > Article source (app/source_editor.rs)
dlg-source-title = Article source
dlg-source-intro = Who published this, so students can ask who is behind it.
dlg-source-outlet = Outlet
dlg-source-outlet-hint = e.g. CBC News
dlg-source-published = Published
dlg-source-published-hint = e.g. 2022-10-12
dlg-source-address = Address
dlg-source-language = Language
dlg-source-language-hint = e.g. en, fr-CA
dlg-source-authors = Authors (one per line)

# File > Import: the preview (app/import_preview.rs)
dlg-import-heading = Import an article
dlg-import-article-only = The article only (recommended): menus, footers and related links left out
dlg-import-whole-page = The whole page as a reader sees it: for finding page furniture
dlg-import-add = Add to project
# $what: what the file was ("Web page: article kept (42 words)…"); $chars: a number.
dlg-import-found = Found: { $what }. { $chars } characters, encoding { $encoding }.
dlg-import-source = Source: { $byline }
dlg-import-no-source = The file does not say who published it: add that with Teacher > Article source…
dlg-import-how-it-starts = How it starts:

# Opening, importing, new projects (app/open.rs)
dlg-open-restored = Restored your unsaved work. Save it to keep it.
dlg-open-could-not-restore = Could not restore: { $error }
dlg-open-imported = Imported { $path } ({ $what }, encoding { $encoding }).
dlg-open-pasted = Added the copied text as an article. Save to keep it.
dlg-open-new-project-title = New project

# Choosing files, saving (app/file_ops.rs, file_dialog.rs)
dlg-file-open-title = Open a project or an article
dlg-file-import-title = Import an article
dlg-file-save-title = Save your work
dlg-file-export-title = Export the assignment to hand out
dlg-file-not-the-assignment = { $path } is the assignment itself: your work must go into a file of its own. Choose another name.
dlg-file-saved-to = Saved to { $path }
dlg-file-autosave-failed = Autosave failed: { $error }
dlg-file-cannot-open-folder = Cannot open the folder { $path }: { $error }
dlg-file-no-such-file = There is no file { $path }.
dlg-file-up = ⬆ Up
dlg-file-up-tooltip = The folder that holds this one
dlg-file-home = Home
dlg-file-folder = Folder:
dlg-file-empty-folder = This folder is empty.
dlg-file-name = File name:
dlg-file-replace-confirm = { $path } already exists. Press Replace to save over it, or change the name.
dlg-file-replace = Replace
dlg-file-open = Open
dlg-file-choose-folder = Choose this folder

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

tag-instructions-template =
    Read each article. Select a passage with the mouse (or Shift + arrow keys) and press a key to tag it:
    1 Claim: something presented as true that you could check.
    2 Rebuttal: a reply that denies or argues against a claim.
    3 Framing: words, labels, quotes or placement chosen to make you feel a certain way.
    4 Boilerplate: text that is not part of the story (donation appeals, comment rules, links).
    Add a note when you are unsure why. Save your work and hand in the file.

## end of tags


## cli: Command line: --help and output (src/cli/, src/main.rs). Ids: cli-*.

# --help: the program and its commands (ids from src/cli/help.rs: cli-<command>-about,
# cli-<command>-<argument>-help).
cli-about = Annotate news articles: tag claims, rebuttals, framing and boilerplate.
cli-long-about =
    Annotate news articles: tag claims, rebuttals, framing and boilerplate.

    With no command, opens the window: on FILE (a project .ron, or an article to import) or, with no FILE, on the bundled sample exercise.
cli-file-help = A project (.ron) to open, or an article (.txt, .md, .html) to start a project from
cli-grade-help = Open the window on the grading screen: FILE is the answer key, FOLDER holds the submissions (graded at once)
cli-lang-help = The language of messages, help and the window: en (English) or fr (French); by default the system's (or MARGINALIA_LANG)
cli-validate-about = Check project files; prints every problem with line and column. Exits 0 if all are valid, 1 if any has errors, 2 if a file cannot be read
cli-validate-strict-help = Also fail (exit 1) on warnings, e.g. annotations that had to be re-anchored
cli-import-about = Import articles (.txt, .md, .html, .mhtml, .docx, .odt, .epub, or - for standard input) into a project file. Adds to PROJECT if it exists, otherwise creates it
cli-import-out-help = The project file to write
cli-import-title-help = Title of a new project (default: the first article's title)
cli-import-role-help = What the new project is
cli-import-instructions-help = Instructions shown to students
cli-import-author-help = Author (teacher or student name)
cli-import-whole-page-help = Keep everything a reader of a web page sees (menus, footers, related links), for exercises about spotting page furniture. By default only the article is kept
cli-grade-about = Grade submissions against an answer key: prints a table, writes the gradebook CSV, every annotation as CSV, a class summary page and a feedback page per student. Exits 0 if every file was graded, 1 if some could not be read, 2 on an error
cli-grade-key-help = The answer key (.ron)
cli-grade-submissions-help = Submission files, or folders of them (every .ron inside, not the key)
cli-grade-out-help = Folder for the gradebook and pages
cli-grade-threshold-help = Share of overlap (intersection over union, 0–1) a highlight needs to count as found
cli-grade-no-partial-credit-help = Give no credit for overlaps below the threshold (by default they earn their overlap as partial credit)
cli-grade-feedback-help = The teacher's comments (default: marginalia-feedback.ron in the submissions folder, when one folder is given)
cli-grade-anonymous-help = Write the class summary and annotations.csv with "Student 1", "Student 2"… instead of names (to project or share), and no gradebook, feedback pages or LMS file (those are about named students)
cli-grade-roster-help = A gradebook exported from Canvas, Moodle, Brightspace or Google Classroom (CSV): also write the file to import the scores back (docs/lms.md)
cli-grade-item-help = The roster's grade column to fill (by name); a new column of that name if it has none. Default: its only column, else a new one named after the exercise
cli-grade-points-help = Points possible for the item, where the roster does not say (Moodle never does). Scores 0–100 are scaled to it. Default 100
cli-grade-pairs-help = Pair a submission with a roster student by hand: FILE=ID (the file's name and the student's id in the roster). Remembered beside the submissions
cli-stress-save-about = (For crash tests.) Save versions of TEMPLATE to OUT in a loop until killed, printing each version number once it is saved
cli-stress-save-autosave-help = Write autosave copies into the folder OUT instead of saving to the file OUT
cli-export-about = Export one project's highlights as CSV and as a readable HTML page
cli-export-out-help = Folder to write into (default: the project's folder)
cli-paths-about = Show where settings and recovery copies are kept, and whether portable mode is on (a file named marginalia-portable beside the program keeps everything in a folder marginalia-data there)

# --help: clap's own words.
cli-usage-heading = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-default-value = {"["}default: { $value }]
cli-possible-values = {"["}possible values: { $values }]
cli-clap-print-help = Print help
cli-clap-print-help-more = Print help (see more with '--help')
cli-clap-print-help-summary = Print help (see a summary with '-h')
cli-clap-print-version = Print version
cli-clap-print-command-help = Print this message or the help of the given subcommand(s)

# Output of the commands.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-warning-in-file = warning: { $path }: { $message }
cli-error-in-file = error: { $path }: { $message }
cli-unknown-language = there is no language “{ $code }”; --lang takes one of: { $available }
cli-no-window = this marginalia was built without the window (feature "gui"); use a command such as `marginalia validate FILE` (see `marginalia --help`)
cli-wrote = wrote { $path }
cli-cannot-create-folder = cannot create the folder { $folder }
cli-validate-invalid = { $file }: INVALID ({ $errors } error(s), { $warnings } warning(s))
cli-validate-ok = { $file }: ok ({ $role ->
        [key] answer key
        [submission] submission
       *[assignment] assignment
    }, { $articles } article(s), { $tags } tag(s), { $annotations } annotation(s){ $warnings ->
        [0] {""}
       *[other] , { $warnings } warning(s)
    })
cli-export-has-problems =
    the project has problems, so its export would be incomplete; fix them first (`marginalia validate { $file }` lists them):
    {"  "}{ $problems }
cli-import-project-has-errors = { $file } has errors; fix them (see `marginalia validate`) before adding articles to it
cli-import-nothing-written = nothing was written; fix the files above and run the command again
cli-import-wrote = wrote { $path } ({ $articles } article(s))
cli-cannot-read-stdin = cannot read standard input
cli-stdin-too-large = standard input is larger than the { $megabytes } MB article limit
cli-imported = imported { $path } as "{ $title }" (id { $id }, { $description }, encoding { $encoding }, { $characters } characters)
cli-imported-keep-whole-page = to keep the whole page instead, import it again with --whole-page
cli-imported-source = source: { $byline }
cli-imported-address = address: { $url }
cli-grade-bad-threshold = --threshold must be more than 0 and at most 1 (it is the share of overlap a highlight needs to count as found); got { $threshold }
cli-grade-no-submissions = no submission files (.ron) found in what was given.
cli-grade-progress = grading { $done }/{ $total }…
cli-grade-not-graded = not graded: { $error }
cli-grade-wrote-anonymous = wrote { $summary } and { $annotations } with “Student 1”, “Student 2”… instead of names (no gradebook or feedback pages)
cli-grade-wrote = wrote { $gradebook }, { $annotations }, { $summary } and { $pages } feedback page(s) in { $folder }
cli-grade-column-student = student
cli-grade-column-score = score
cli-grade-column-precision = P%
cli-grade-column-recall = R%
cli-grade-column-f1 = F1%
cli-grade-column-kappa = kappa
cli-grade-column-problems = problems
cli-grade-score-set-by-teacher = {"*"} score set by the teacher ({ $count }); the gradebook has the score as graded and the reason
cli-grade-summary = { $graded } graded, { $failed } not graded; mean score { $mean }; class agreement (Krippendorff's alpha) { $alpha }
cli-grade-discussion = for class discussion: { $uncharted } reading(s) many students made that the key lacks, { $contested } key passage(s) few found or many tagged otherwise (class-summary.html lists them)
cli-grade-article-alpha = alpha { $alpha }  { $title }
cli-lms-bad-points = --points must be a number above 0 (the item's points possible); got { $points }
cli-lms-bad-pair = --pair takes FILE=ID (a submission's file name and the student's id in the roster); got “{ $pair }”
cli-lms-unknown-id = --pair { $pair }: no student in { $roster } has the id “{ $id }”; ids are in its first identity column ({ $column })
cli-lms-pairs-not-remembered = note: the pairings are not remembered (give one folder of submissions, or --feedback FILE, to keep them)
cli-lms-new-column = { $name } (a new column)
cli-lms-wrote = wrote { $path } for { $lms }: { $filled } of { $students } students, into “{ $column }”
cli-lms-existing-columns = to fill an existing column instead, give --item with one of: { $columns }
cli-lms-not-in-roster = not in the roster: { $student } ({ $file }); pair by hand with --pair "{ $file }=ID"
cli-lms-without-submission = in the roster without a submission ({ $count }): { $names }
# marginalia paths: where settings and recovery copies go (src/cli/paths_cmd.rs).
cli-paths-settings = settings: { $path }
cli-paths-recovery = recovery copies: { $path }
cli-paths-unknown = (unknown: no home folder found)
cli-paths-portable-on = portable mode: on ({ $marker } is beside the program; everything is kept in { $folder } there)
cli-paths-portable-off = portable mode: off (an empty file named { $marker } beside the program would keep everything in a folder { $folder } there)

## end of cli


## errors-project: Errors and warnings: project files, saving, locks, recovery (src/project_file/, session.rs, lock.rs, recovery.rs, workflow.rs). Ids: file-*, save-*, lock-*, recovery-*.

file-problem-error = error: { $message }
file-problem-warning = warning: { $message }
file-cannot-read = cannot read { $path }: { $reason }
file-too-large = { $path } is { $size } MB, too large for a project file (the limit is { $limit } MB); is it the right file?
file-not-text = this is not a text file (invalid UTF-8); a project file is plain RON text. Open the original, or the .bak file next to it.
file-empty = { $path } is empty: it was probably cut off while saving or copying. Try the .bak file next to it.
file-not-a-project = { $path } is not a Marginalia project (it has no `format: "{ $format }"` line). To annotate an article, import it instead.
file-newer-version = { $path } was made by a newer Marginalia (file format { $found }, this version reads up to { $current }) — please update Marginalia to open it.
file-unknown-version = { $path } has format version { $found }, which no Marginalia ever wrote; check the `version:` line (it should be { $current }).
file-no-version = the file has no `version:` field; add `version: { $current },` after the `format:` line
file-syntax-too-deep = values are nested far deeper than in any project file (more than { $limit } levels); the file is damaged, or is not a project
file-syntax-number-out-of-bounds = this number is negative or far too large (offsets and ids are whole numbers from 0)
file-syntax-no-such-variant = `{ $found }` is not allowed here; write one of: { $expected }
file-syntax-expected-struct = expected `(` here: a project file is RON, starting with `(` (JSON and other formats cannot be opened)
file-syntax-hint-option = { $error } (write the value itself, e.g. `note: "text"`, or leave the field out)
file-syntax-hint-eof = { $error } (the file ends too early: it was probably cut off while saving or copying; try the .bak file next to it)
file-syntax-hint-missing-field = { $error } (add the field, or restore the file from its .bak)
file-syntax-hint-wrong-type = { $error } (the value has the wrong type here)
file-syntax-hint-array = { $error } (a list in square brackets is expected here)
file-syntax-hint-comma = { $error } (a comma is missing at the end of the previous value, or a quote `"` was left open above)
file-tag-empty-id = tag "{ $name }" has an empty id; give it one, e.g. id: "claim"
file-tag-id-twice = tag id "{ $id }" is used twice; the second tag was left out. Give each tag its own id.
file-tag-bad-color = tag "{ $id }": "{ $color }" is not a colour; write it as "#RRGGBB", e.g. "#0072B2"; grey is used instead
file-tag-key-taken = tag "{ $id }": key '{ $key }' is already used by another tag; this tag has no key now
file-tag-key-too-long = tag "{ $id }": a key must be a single character, not "{ $key }"; this tag has no key now
file-article-empty-id = article "{ $title }" has an empty id; it was left out
file-article-id-twice = article id "{ $id }" is used twice; the second article was left out. Give each article its own id.
file-article-text-changed = the text of article "{ $id }" was changed after it was saved (its sha256 no longer matches); annotations were checked against their quotes
file-annotation-problem = annotation { $id }: { $problem }
file-annotation-id-twice = this id is used twice; this annotation was left out. Give it an unused number.
file-annotation-no-article = there is no article "{ $article }" in this file; it was left out
file-annotation-unknown-tag = unknown tag "{ $tag }" (this file's tags are: { $known }); it was left out
file-annotation-bad-time = "{ $value }" is not a date and time like "2026-11-23T09:30:00Z"; it was reset
file-alternative-not-same-article = annotation { $id } is marked as another reading of { $of }, which is not a passage of the same article; it counts as a passage of its own
file-span-reversed = start ({ $start }) is after end ({ $end }); swap them
file-span-empty = the span { $start }..{ $end } is empty; an annotation must cover some text
file-span-past-end-no-quote = the span { $start }..{ $end } is past the end of the article ({ $length } characters) and there is no quote to find it by
file-quote-moved = the text at { $start }..{ $end } is not its quote "{ $quote }"; the quote was found at { $new_start }..{ $new_end } and the annotation moved there
file-quote-lost-text-there = the text at { $start }..{ $end } is "{ $text }"
file-quote-lost-past-end = { $start }..{ $end } is past the end of the article ({ $length } characters)
file-quote-lost = its quote "{ $quote }" is not in the article ({ $place }); it was left out. The article may have been edited: restore it, or fix start, end and quote.
file-span-inside-character = the span started or ended inside a character (e.g. between a letter and its accent, or inside an emoji); it was widened to whole characters

save-io = could not save to { $path }: { $reason }. Your work is still open and the old file is unchanged; { $advice }
save-reason-disk-full = the disk is full
save-reason-permission-denied = you are not allowed to write there
save-reason-read-only = that disk is read-only
save-reason-no-folder = the folder does not exist (any more)
save-advice-disk-full = free some space, or use Save As to save on another disk (a USB stick).
save-advice-other-folder = use Save As to save in another folder (your Documents, a USB stick).
save-would-downgrade = { $path } was written by a newer Marginalia (format { $found }); saving over it would lose what that version stored. Use Save As to choose another name.
save-no-path = this project has not been saved yet; choose where to save it (Save As)
save-changed-on-disk = { $path } was changed by another program or Marginalia window since you opened it; saving now would overwrite those changes. Use Save As to keep both, or choose to overwrite.
save-serialize = could not write the project as RON: { $reason }
save-bad-span = could not save: highlight { $annotation } in article "{ $article }" does not start and end on whole characters, so its position cannot be written. Nothing was written and your work is still open; please report this (it is a bug), and undo the last change to that highlight before saving again.

lock-owner = { $who } on { $host } (since { $since })
lock-someone = someone
lock-this-computer = this computer

## end of errors-project


## errors-import: Errors and reports: importing articles (src/import/). Ids: import-*.

import-cannot-read = cannot read { $path }: { $reason }
import-too-large = { $path } is { $size } MB; articles over { $limit } MB are refused. Split it or import only the article's text.
import-empty = { $subject } is empty: there is no text to annotate
import-binary = { $subject } looks like { $what }, not text. { $supported } Or copy the article's text and paste it into a new project (File > New from clipboard).
import-too-deep = { $subject } nests its elements about { $depth } levels deep; real articles use a few dozen, so the file is broken or made to stall programs. Copy the article's text and paste it instead (File > New from clipboard).
import-unsupported = { $subject } is { $what }, which Marginalia does not read. { $supported } Or copy the article's text and paste it into a new project (File > New from clipboard).
import-damaged = { $subject } is { $format } that cannot be read: { $detail }. Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).
import-too-big = { $subject } is { $format } that was refused: { $detail }. Open it in the program that made it and save only the article, or copy its text and paste it (File > New from clipboard).
import-no-text-layer = { $subject } is a PDF of { $pages } page(s) with no text in it, only pictures of pages (a scan or a photo). Open it in a program that recognises text (OCR), or find the article online, and import that instead.
import-encrypted = { $subject } is a PDF protected by a password. Open it with its password and print it to a new PDF (or save it as text), then import that.
import-no-text = { $subject } has no readable text once the { $kind } markup is removed
import-subject-text = the text
import-kind-text = text
import-supported = Marginalia reads text (.txt), Markdown (.md), web pages (.html, and .mhtml saved as "Webpage, Single File"), PDF, Word (.docx), OpenDocument (.odt) and EPUB files.

# What a file is, in the errors above ("… looks like a PNG image, not text").
import-what-binary = a binary file
import-what-zip = a ZIP archive (a .docx, .odt or .epub is one)
import-what-png = a PNG image
import-what-jpeg = a JPEG image
import-what-gif = a GIF image
import-what-old-office = an old Microsoft Office document
import-what-rtf = an RTF document
import-what-program = a program
import-what-other-zip = a ZIP archive that is not a Word, OpenDocument or EPUB document
import-format-pdf = a PDF document
import-format-epub = an EPUB book
import-format-odt = an OpenDocument text
import-format-docx = a Word document
import-format-mhtml = a saved web page (MHTML)
import-format-zip = a ZIP archive
import-format-zip-document = a ZIP archive (as .docx, .odt and .epub files are)

# Why a document could not be read (the "detail" above).
import-pdf-damaged = it is damaged or cut off ({ $reason })
import-pdf-structure = its structure could not be followed
import-pdf-too-many-objects = it holds { $objects } objects (articles hold a few thousand)
import-pdf-too-many-pages = it has { $pages } pages; import the article's pages only
import-pdf-missing-parts = one of its pages refers to parts the file does not have
import-epub-no-package = its container names no package file
import-epub-package-missing = its package file { $path } is missing
import-mhtml-not-mime = it is not a MIME message
import-mhtml-no-html = it holds no HTML page
import-xml-error = { $error } (at byte { $byte })
import-zip-too-many-files = it holds { $files } files (documents hold a few dozen)
import-zip-bomb = its part { $part } inflates to { $size } MB or more, far beyond any article; it may be a "zip bomb"
import-zip-part-missing = it has no { $part }
import-zip-part-missing-what = it has no { $part }, { $what }
import-part-text = the part that holds the text
import-zip-no-contents = its table of contents is missing or damaged, as when a download or a copy is cut off

# Warnings and what was read (shown after an import).
import-encoding-guessed = the file is not UTF-8; it was read as { $encoding } (detected from its bytes). If letters look wrong, save the article as UTF-8 and import it again.
import-encoding-errors = some bytes were not valid { $encoding }; they show as �
import-described-docx = Word document
import-described-odt = OpenDocument text
import-described-epub = EPUB, { $chapters } { $chapters ->
        [one] chapter
       *[other] chapters
    }
import-described-pdf = PDF, { $pages } { $pages ->
        [one] page
       *[other] pages
    }{ $columns ->
        [0] {""}
       *[other] , { $columns } columns
    }
import-described-markdown = Markdown
import-described-text = text
import-described-web-page = web page
import-described-mhtml = saved web page (MHTML)
import-described-pasted = pasted text
import-described-article-kept = { $page }: article kept ({ $article_words } words), { $left_out_words } words of page furniture left out
import-described-whole-page-kept = { $page }: the whole page kept ({ $words } words)
import-pasted-title = Pasted text

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

lms-cannot-read = cannot read { $path }: { $reason }
lms-unknown-layout = { $path }: this is not a gradebook exported from Canvas, Moodle, Brightspace or Google Classroom (its first row is “{ $header }”); export the gradebook as CSV from your LMS and give that file.
lms-not-text = { $path }: this is not a text (CSV) file; export the gradebook as CSV from your LMS and give that file.
lms-csv = { $path }: line { $line }: { $message }
lms-no-students = { $path }: the gradebook lists no students; export it again with the students in it.
lms-no-such-item = { $path }: no grade column matches “{ $wanted }”; its grade columns are: { $available }.
lms-no-columns = none
lms-write = could not make the import file: { $reason }
lms-write-no-column = no grade column { $column }

edit-no-such-annotation = there is no annotation { $id }
edit-annotation-exists = annotation { $id } already exists
edit-stale-annotation = annotation { $id } changed since this edit was made
edit-no-such-article = there is no article "{ $id }" in this project
edit-article-exists = an article with id "{ $id }" is already in this project
edit-article-in-use = article "{ $id }" still has { $count } annotation(s); remove them first
edit-no-such-tag = there is no tag "{ $id }" in this project's tag set
edit-tag-exists = a tag with id "{ $id }" already exists
edit-key-taken = key '{ $key }' is already used by tag "{ $by }"; choose another key
edit-empty-tag-id = the tag id cannot be empty
edit-tag-in-use = tag "{ $id }" is used by { $count } annotation(s); choose a tag to move them to, or delete them
edit-empty-selection = the selection is empty (or only white space); select some text first
edit-out-of-range = the selection is outside the article text
edit-splits-character = the selection starts or ends inside a character
edit-bad-index = position { $index } is not in the list
edit-stale = the project changed since this edit was made
edit-bad-alternative = { $id } cannot be another reading of { $of }: it must be a passage of the same article that is not itself another reading

# What an edit is, for Undo and Redo ("Undo retag").
edit-label-add-annotation = add annotation
edit-label-delete-annotation = delete annotation
edit-label-retag = retag
edit-label-resize = resize
edit-label-edit-note = edit note
edit-label-add-article = add article
edit-label-remove-article = remove article
edit-label-add-tag = add tag
edit-label-delete-tag = delete tag
edit-label-change-tag = change tag
edit-label-reorder-tags = reorder tags
edit-label-edit-details = edit project details
edit-label-edit-source = edit article source

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

