// Buttons marked data-print open the browser's print dialog (the page has print styles).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
