/// The style sheet and the one script, served from `/static/` (the pages allow no inline
/// script or style). The pages work without the script; it adds drag and drop and a
/// progress bar to handing in.
enum StaticAssets {
    static let css = #"""
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d5d9e0; --accent: #1f5fa8; --error: #f8c9c4; --error-line: #c0392b;
                --warning: #fff0b3; --warning-line: #b58900; --info: #d8e8fb; --ok: #d9f2dd; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f7f9; }
        header.top { display: flex; align-items: center; gap: 1.5rem; padding: .6rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
        header.top nav { display: flex; gap: 1rem; align-items: center; flex: 1; }
        .brand { font-weight: 700; color: var(--accent); text-decoration: none; }
        .who { color: var(--muted); margin-left: auto; }
        .lang { font-size: .9em; }
        main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; }
        a { color: var(--accent); }
        form.inline { display: inline; margin: 0; }
        form.compare { margin: 0 0 1rem; }
        button, .button { font: inherit; padding: .45rem 1rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
        button.link { background: none; border: none; color: var(--accent); padding: 0; text-decoration: underline; }
        .muted { color: var(--muted); }
        .problem { background: var(--error); border-left: 4px solid var(--error-line); padding: .8rem 1rem; }
        .notice { background: var(--info); padding: .8rem 1rem; }
        table.list { border-collapse: collapse; width: 100%; background: #fff; }
        table.list th, table.list td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        table.list td.num, table.list th.num { text-align: right; }
        .status { display: inline-block; padding: .1rem .5rem; border-radius: 999px; font-size: .85em; font-weight: 600; }
        .status.errors { background: var(--error); } .status.warnings { background: var(--warning); } .status.ok { background: var(--ok); }
        .hand-in { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
        .drop { border: 2px dashed var(--line); border-radius: 8px; padding: 1.5rem; text-align: center; margin-bottom: .8rem; }
        .drop.over { border-color: var(--accent); background: var(--info); }
        .hand-in progress { width: 100%; display: none; }
        .hand-in.busy progress { display: block; }
        .findings { padding-left: 1.2rem; }
        .findings li { margin: .3rem 0; padding: .2rem .5rem; border-left: 4px solid transparent; }
        .findings li.error { border-color: var(--error-line); } .findings li.warning { border-color: var(--warning-line); }
        .findings li.info { border-color: var(--accent); }
        .rule { color: var(--muted); font-size: .85em; }
        .grid-wrap { overflow: auto; max-height: 70vh; border: 1px solid var(--line); background: #fff; }
        table.grid { border-collapse: collapse; font-size: 13px; }
        table.grid th, table.grid td { border: 1px solid #e3e6eb; padding: 2px 6px; white-space: nowrap; max-width: 28rem; overflow: hidden; text-overflow: ellipsis; }
        table.grid thead th { position: sticky; top: 0; background: #eef0f3; z-index: 1; }
        table.grid tbody th { background: #eef0f3; color: var(--muted); text-align: right; position: sticky; left: 0; }
        table.grid td.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.grid td.finding.error { background: var(--error); outline: 1px solid var(--error-line); }
        table.grid td.finding.warning { background: var(--warning); outline: 1px solid var(--warning-line); }
        table.grid td.finding.info { background: var(--info); }
        /* The cell a finding's link jumps to: as specific as the finding rules above and after them, so it is
           outlined even when it has a finding; the margin keeps the sheet's heading and the sticky column
           letters and row numbers from covering it. */
        table.grid td { scroll-margin: 4rem 3rem; }
        table.grid td:target, table.grid td.finding:target { outline: 3px solid var(--accent); outline-offset: -2px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.facts dt { color: var(--muted); }
        pre { background: #fff; border: 1px solid var(--line); padding: .8rem; overflow: auto; }
        """#

    static let javascript = #"""
        "use strict";
        // Drag and drop and a progress bar for handing in; the form works without them.
        document.addEventListener("DOMContentLoaded", function () {
          // Only the form with a file: the sign-in form shares the class (for its look) and posts as it is.
          var input = document.querySelector("form.hand-in input[type=file]");
          if (!input || !window.FormData || !window.XMLHttpRequest) return;
          var form = input.form;
          var zone = form.querySelector(".drop");
          var bar = form.querySelector("progress");
          var state = form.querySelector(".state");
          function send() {
            if (!input.files || input.files.length === 0) return;
            var request = new XMLHttpRequest();
            request.open("POST", form.action);
            form.classList.add("busy");
            state.textContent = form.dataset.uploading;
            request.upload.onprogress = function (event) {
              if (event.lengthComputable) { bar.max = event.total; bar.value = event.loaded; }
            };
            request.upload.onload = function () { bar.removeAttribute("value"); state.textContent = form.dataset.checking; };
            request.onload = function () {
              if (request.status < 400 && request.responseURL) { window.location.assign(request.responseURL); return; }
              document.open(); document.write(request.responseText); document.close();
            };
            request.onerror = function () { form.classList.remove("busy"); state.textContent = form.dataset.failed; };
            request.send(new FormData(form));
          }
          form.addEventListener("submit", function (event) { event.preventDefault(); send(); });
          if (zone) {
            ["dragenter", "dragover"].forEach(function (name) {
              zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("over"); });
            });
            zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
            zone.addEventListener("drop", function (event) {
              event.preventDefault();
              zone.classList.remove("over");
              if (event.dataTransfer && event.dataTransfer.files.length > 0) { input.files = event.dataTransfer.files; send(); }
            });
          }
        });
        """#
}
