// Progressive enhancement only: every admin page works without this file.
// Buttons with data-confirm ask before submitting (bulk delete, unpublish, restore).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.getAttribute("data-confirm"))) {
    event.preventDefault();
  }
});
