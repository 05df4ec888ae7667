"""The course map names every course formula and function it promises, in
the course's spelling, and sends each to a section and a snippet."""

import re

from layout import ROOT

MAP = ROOT / "docs" / "course-map.md"
# Course 1, weeks 2-4, and course 2, week 1, as the assignments spell them.
COURSE = [
    "propagate",
    "dw = 1/m * np.dot(X, (A-Y).T)",
    "backward_propagation",
    "dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))",
    "db2 = 1/m * np.sum(dZ2, axis=1, keepdims=True)",
    "initialize_parameters_deep",
    "L_model_forward",
    "dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))",
    "sigmoid_backward",
    "relu_backward",
    "linear_backward",
    "linear_activation_backward",
    "L_model_backward",
    "initialize_parameters_he",
    "lambd / (2 * m)",
    "lambd / m * W3",
    "dA1 = dA1 / keep_prob",
    "gradapprox",
    "epsilon = 1e-7",
]
ROW = re.compile(  # a table row, not its header or rule
    r"^\| (?!The course writes|---)(?P<course>.*?) \| (?P<where>.*?) "
    r"\| (?P<checked>.*?) \|$"
)


def test_the_map_names_every_course_formula(report):
    text = MAP.read_text(encoding="utf-8")
    report(
        [
            f"docs/course-map.md: no row names `{name}`. Add a row with the "
            "course's spelling, the section that derives it and its snippet."
            for name in COURSE
            if name not in text
        ]
    )


def test_every_row_links_a_section_and_names_a_snippet(report):
    problems = []
    lines = MAP.read_text(encoding="utf-8").splitlines()
    rows = [(n, ROW.match(line)) for n, line in enumerate(lines, start=1)]
    for number, row in rows:
        if row and not re.search(r"\]\([\w/.-]*#[\w-]+\)", row["where"]):
            problems.append(
                f"docs/course-map.md:{number}: the row links no section. "
                "Link the heading that derives the formula (page.md#anchor)."
            )
        elif row:
            named = re.findall(r"`([\w-]+/[\w-]+)`", row["checked"])
            missing = [
                name
                for name in named
                if not (ROOT / "snippets" / f"{name}.py").is_file()
            ]
            if not named or missing:
                problems.append(
                    f"docs/course-map.md:{number}: the row names no snippet, "
                    f"or one that does not exist ({', '.join(missing)}). "
                    "Name each as `page/claim`, the file "
                    "snippets/page/claim.py."
                )
    assert any(row for _, row in rows), "docs/course-map.md: no table rows"
    report(problems)
