"""The words only the HTML report uses, in English and Vietnamese; the rest comes from
qnplan.i18n, shared with the Markdown export."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "changes_caption": "How the targets moved from {a} to {b}",
        "statuses_caption": "{a} targets against the latest results",
        "compared_caption": ("Targets {a} and {b} side by side, with {a}'s latest result; "
                             "the numbers in brackets lead to each figure's quote."),
        "shortfall": "target {target}, result {result}: {status}, {measure}",
        "trends": "Trends",
        "trends_intro": ("Each year's full-year target and latest result up to {b}; the table "
                         "beside each chart holds the same figures."),
        "trend_caption": "{name}: target and result by year",
        "progress": "Progress",
        "year": "Year",
        "used": "used",
        "other": "also stated",
        "figure_label": "{name} · {year} {kind}",
        "plan_figure_label": "{name} · plan {period} target",
        "citations": "Every figure and its quote",
        "disagreement": "see disagreement {n}",
        "scope": "Scope: {scope}.",
        "source_preferred": "Figures from source {source} are preferred where it gives one.",
        "methods_quotes": ("Every figure links to the sentence it was copied from, in the "
                           "document's own words, listed under “Every figure and its quote”."),
        "methods_trend": ("Progress over several years compares what was achieved with what was "
                          "required (R): growth rates chained into an index, flows summed, "
                          "levels as the distance covered towards the latest target; R ≥ 0.95 "
                          "is on track, 0.60–0.95 needs acceleration, below 0.60 limited "
                          "progress, below 0 deteriorating. Part-year results are shown but do "
                          "not count."),
    },
    "vi": {
        "contents": "Mục lục",
        "changes_caption": "Mục tiêu thay đổi thế nào từ năm {a} sang năm {b}",
        "statuses_caption": "Mục tiêu năm {a} so với kết quả mới nhất",
        "compared_caption": ("Mục tiêu năm {a} và năm {b}, kèm kết quả mới nhất năm {a}; "
                             "số trong ngoặc vuông dẫn tới trích dẫn của từng số liệu."),
        "shortfall": "mục tiêu {target}, kết quả {result}: {status}, {measure}",
        "trends": "Xu hướng",
        "trends_intro": ("Mục tiêu cả năm và kết quả mới nhất của từng năm đến năm {b}; bảng "
                         "bên cạnh mỗi biểu đồ ghi cùng các số liệu."),
        "trend_caption": "{name}: mục tiêu và kết quả theo năm",
        "progress": "Tiến độ",
        "year": "Năm",
        "used": "dùng",
        "other": "nguồn khác ghi",
        "figure_label": "{name} · {kind} năm {year}",
        "plan_figure_label": "{name} · mục tiêu kế hoạch {period}",
        "citations": "Các số liệu và trích dẫn",
        "disagreement": "xem chênh lệch {n}",
        "scope": "Phạm vi: {scope}.",
        "source_preferred": "Ưu tiên số liệu của nguồn {source} khi nguồn này có.",
        "methods_quotes": ("Mỗi số liệu dẫn tới câu văn gốc trong văn bản, giữ nguyên lời văn, "
                           "liệt kê ở mục “Các số liệu và trích dẫn”."),
        "methods_trend": ("Tiến độ nhiều năm so phần đã đạt với phần phải đạt (R): tốc độ tăng "
                          "trưởng được nhân dồn thành chỉ số, chỉ tiêu dạng dòng được cộng dồn, "
                          "chỉ tiêu mức tính theo quãng đã đi tới mục tiêu mới nhất; R ≥ 0,95 là "
                          "đúng lộ trình, 0,60–0,95 cần tăng tốc, dưới 0,60 tiến triển hạn chế, "
                          "dưới 0 xấu đi. Kết quả một phần năm được hiển thị nhưng không tính."),
    },
}
