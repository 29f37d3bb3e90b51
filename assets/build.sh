#!/bin/sh
# Build the front-end files the app serves from static/ (run from anywhere; needs node + npm).
# The results are committed, so neither `make run` nor `make test` needs node:
#   static/vendor/bootstrap/bootstrap.min.css   Bootstrap 5 with only the rules the pages use (PurgeCSS)
#   static/vendor/bootstrap/bootstrap.bundle.min.js
#   static/vendor/echarts/echarts.min.js        ECharts with only the dashboard's charts (esbuild)
#   tests/e2e/vendor/axe.min.js                 axe-core, for the accessibility checks of the browser tests
# Run it again after a template starts using Bootstrap classes that no page used before.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts >/dev/null
BOOTSTRAP=node_modules/bootstrap/dist

npx esbuild echarts-entry.js --bundle --minify --format=iife --target=es2017 \
  --legal-comments=none --outfile=../static/vendor/echarts/echarts.min.js
cp node_modules/echarts/LICENSE ../static/vendor/echarts/LICENSE

npx purgecss --config purgecss.config.cjs --output /tmp/matchmaker-purged-$$
{ printf '/*! Bootstrap v5.3.9 (MIT, https://getbootstrap.com/), trimmed by assets/build.sh */\n'
  cat /tmp/matchmaker-purged-$$/bootstrap.min.css; } > ../static/vendor/bootstrap/bootstrap.min.css
rm -rf /tmp/matchmaker-purged-$$
cp $BOOTSTRAP/js/bootstrap.bundle.min.js ../static/vendor/bootstrap/
cp node_modules/bootstrap/LICENSE ../static/vendor/bootstrap/LICENSE

mkdir -p ../tests/e2e/vendor
cp node_modules/axe-core/axe.min.js node_modules/axe-core/LICENSE ../tests/e2e/vendor/
wc -c ../static/vendor/bootstrap/bootstrap.min.css ../static/vendor/echarts/echarts.min.js
