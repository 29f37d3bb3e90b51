// Which Bootstrap rules the pages keep: every class found in the templates and our scripts,
// plus whole components (by prefix) that pages use or that Bootstrap's JavaScript toggles,
// so a template that starts using another button colour or form control still looks right.
// Utilities (m-3, d-flex, col-md-6…) are kept only when a template names them.
// Classes composed in Jinja (text-bg-{{ x }}, alert-{{ x }}, btn-{{ x }}) are kept by prefix.
module.exports = {
  content: ["../templates/**/*.html", "../static/js/*.js", "../matchmaker/**/*.py"],
  css: ["node_modules/bootstrap/dist/css/bootstrap.min.css"],
  defaultExtractor: (content) => content.match(/[\w-]+/g) || [],
  variables: true,
  keyframes: true,
  fontFace: true,
  safelist: {
    standard: ["show", "showing", "hiding", "collapsing", "fade", "active", "disabled", "was-validated"],
    greedy: [
      /^alert/, /^badge/, /^btn/, /^card/, /^dropdown/, /^form-/, /^input-group/, /^invalid-/, /^valid-/,
      /^is-(in)?valid/, /^list-group/, /^nav/, /^page-/, /^pagination/, /^progress/, /^table/,
      /^text-bg-/, /^visually-hidden/, /^collapse/, /^btn-close/
    ],
  },
};
