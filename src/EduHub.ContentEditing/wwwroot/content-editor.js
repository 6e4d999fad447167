// Progressive enhancement for the content editor; the form works the same without this file.
// 1. A small toolbar above HTML text areas (bold, italic, heading, list, link): wraps the selection in tags.
// 2. Search-as-you-type for content pickers: asks /admin/content-picker and offers the matches in the picker's list.
(() => {
  // English defaults; the server renders the labels in the editor's language as data-label-{tag} / data-text-{tag}
  // (visible text) / data-prompt-a on the text area.
  const tools = [
    ["B", "strong", "Bold"], ["I", "em", "Italic"], ["H2", "h2", "H2 heading"], ["H3", "h3", "H3 subheading"],
    ["• List", "ul", "Bulleted list"], ["Link", "a", "Link"],
  ];

  function wrap(area, tag) {
    const start = area.selectionStart, end = area.selectionEnd;
    const selected = area.value.slice(start, end) || tag;
    let html;
    if (tag === "a") {
      const url = window.prompt(area.getAttribute("data-prompt-a") || "https://", "https://");
      if (!url) return;
      html = `<a href="${url.replace(/"/g, "&quot;")}">${selected}</a>`;
    } else if (tag === "ul") {
      html = "<ul>\n" + selected.split("\n").map((line) => `  <li>${line}</li>`).join("\n") + "\n</ul>";
    } else {
      html = `<${tag}>${selected}</${tag}>`;
    }
    area.setRangeText(html, start, end, "end");
    area.focus();
  }

  document.querySelectorAll("textarea[data-editor=html]").forEach((area) => {
    const bar = document.createElement("div");
    bar.className = "html-toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-controls", area.id);
    tools.forEach(([defaultText, tag, defaultTitle]) => {
      const text = area.getAttribute("data-text-" + tag) || defaultText;
      const title = area.getAttribute("data-label-" + tag) || defaultTitle;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button--secondary";
      button.textContent = text;
      button.title = title;
      button.setAttribute("aria-label", title);
      button.addEventListener("click", () => wrap(area, tag));
      bar.appendChild(button);
    });
    area.parentNode.insertBefore(bar, area);
  });

  document.querySelectorAll("[data-picker-url]").forEach((box) => {
    const select = document.getElementById(box.getAttribute("data-picker-for"));
    const input = box.querySelector("input[type=search]");
    if (!select || !input) return;
    let timer = 0;
    let last = "";
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault();
    });
    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const q = input.value.trim();
        if (q === last) return;
        last = q;
        const response = await fetch(box.getAttribute("data-picker-url") + "&q=" + encodeURIComponent(q), {
          headers: { Accept: "application/json" }, credentials: "same-origin",
        });
        if (!response.ok) return;
        const data = await response.json();
        Array.from(select.options).filter((o) => !o.selected && o.value !== "").forEach((o) => o.remove());
        const present = new Set(Array.from(select.options).map((o) => o.value));
        data.items.filter((item) => !present.has(item.value)).forEach((item) => select.add(new Option(item.text, item.value)));
      }, 250);
    });
  });
})();
