#!/usr/bin/env bash
# Consumer check: the packages as users get them. Publishes every package through the changesets
# release flow (`changeset version` then `changeset publish`, in a temporary copy so the repository
# is not modified) to a local verdaccio registry (loopback only, storage in a temporary folder,
# stopped on exit), then, in a fresh project outside the workspace, installs them from that
# registry and runs: an ESM script, a CommonJS script, `tsc --noEmit` under node16, nodenext and
# bundler with skipLibCheck false, every package README's example, and a Vite browser bundle of
# projection + schemas in Chromium. Needs the packages built (`pnpm build`). Usage:
#   bash scripts/consumer-check.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bin="$repo/node_modules/.bin"
started=$SECONDS
work="$(mktemp -d "${TMPDIR:-/tmp}/oneworkforce-consumer.XXXXXX")"
registry_pid=""
cleanup() {
  if [ -n "$registry_pid" ]; then kill "$registry_pid" 2>/dev/null || true; fi
  if [ -n "${CONSUMER_CHECK_KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
step() { printf '\n== consumer check: %s (%ss)\n' "$1" "$((SECONDS - started))"; }
packages=(schemas sample-data projection prioritisation benchmarking)

for name in "${packages[@]}"; do
  if [ ! -f "$repo/packages/$name/dist/index.js" ]; then
    echo "packages/$name/dist is missing: run pnpm build first" >&2
    exit 1
  fi
done
node "$repo/scripts/ensure-chromium.mjs"

step "local registry"
port="$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
url="http://127.0.0.1:$port/"
mkdir -p "$work/registry/storage"
cat >"$work/registry/config.yaml" <<EOF
storage: $work/registry/storage
auth:
  htpasswd:
    file: $work/registry/htpasswd
    max_users: 1
uplinks: {}
packages:
  '@oneworkforce/*':
    access: \$all
    publish: \$authenticated
  '**':
    access: \$all
listen: 127.0.0.1:$port
log: { type: stdout, format: pretty, level: warn }
EOF
"$bin/verdaccio" --config "$work/registry/config.yaml" >"$work/registry/log.txt" 2>&1 &
registry_pid=$!
for _ in $(seq 1 100); do
  if curl -fsS "${url}-/ping" >/dev/null 2>&1; then break; fi
  sleep 0.2
done
curl -fsS "${url}-/ping" >/dev/null || { cat "$work/registry/log.txt"; exit 1; }
token="$(curl -fsS -X PUT -H 'content-type: application/json' \
  -d '{"name":"release","password":"release-local-only"}' \
  "${url}-/user/org.couchdb.user:release" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).token))")"

step "changeset version and publish from a copy of the repository"
copy="$work/release"
mkdir -p "$copy"
cp -r "$repo/.changeset" "$repo/package.json" "$repo/pnpm-workspace.yaml" "$repo/pnpm-lock.yaml" "$copy/"
for dir in apps/demo bench; do mkdir -p "$copy/$dir" && cp "$repo/$dir/package.json" "$copy/$dir/"; done
for name in "${packages[@]}"; do
  mkdir -p "$copy/packages/$name"
  cp -r "$repo/packages/$name/dist" "$repo/packages/$name/package.json" "$repo/packages/$name/README.md" "$copy/packages/$name/"
  cp "$repo/LICENSE" "$copy/packages/$name/"
  if [ -f "$repo/packages/$name/CHANGELOG.md" ]; then cp "$repo/packages/$name/CHANGELOG.md" "$copy/packages/$name/"; fi
done
printf 'registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$url" "$port" "$token" >"$copy/.npmrc"
(
  cd "$copy"
  git init -q && git add -A && git -c user.name=release -c user.email=release@localhost commit -qm release
  "$bin/changeset" version >/dev/null
  # pnpm publish turns workspace:^ into the released version from the linked packages
  pnpm install --offline --frozen-lockfile --ignore-scripts --filter './packages/*' >/dev/null
  git -c user.name=release -c user.email=release@localhost commit -qam version
  npm_config_registry="$url" "$bin/changeset" publish
)
for name in "${packages[@]}"; do
  version="$(node -p "require('$copy/packages/$name/package.json').version")"
  grep -q "## $version" "$copy/packages/$name/CHANGELOG.md" || { echo "no changelog entry $version for $name" >&2; exit 1; }
done

step "fresh project: install from the registry"
app="$work/app"
mkdir -p "$app"
cp -r "$repo/scripts/consumer/." "$app/"
printf '@oneworkforce:registry=%s\n' "$url" >"$app/.npmrc"
(
  cd "$app"
  npm install --no-audit --no-fund --loglevel=error \
    @oneworkforce/schemas @oneworkforce/sample-data @oneworkforce/projection \
    @oneworkforce/prioritisation @oneworkforce/benchmarking >/dev/null
  echo "installed: $(find node_modules -name package.json -path '*node_modules/*/package.json' -not -path '*/node_modules/*/node_modules/*/*' | wc -l) packages, $(du -sh node_modules | cut -f1) (@stdlib packages: $(find node_modules -maxdepth 2 -path '*@stdlib/*' | wc -l))"
  du -sh node_modules/@oneworkforce/* node_modules/[!@]* | sort -h | tail -8 | sed 's/^/  /'
)

step "ESM and CommonJS"
node "$app/esm.mjs"
node "$app/cjs.cjs"

step "README examples"
node "$app/readme-examples.mjs" "$app"
for file in "$app"/readme/*.ts; do
  (cd "$app" && "$bin/tsx" "$file" >/dev/null) || { echo "README example failed: $file" >&2; exit 1; }
done
echo "ran $(ls "$app"/readme/*.ts | wc -l) README examples"

step "tsc --noEmit, skipLibCheck false"
for mode in node16 nodenext bundler; do
  (cd "$app" && "$bin/tsc" -p "tsconfig.$mode.json") && echo "tsc $mode: ok"
done

step "Vite browser bundle of projection + schemas in Chromium"
(cd "$app/web" && node "$repo/apps/demo/node_modules/vite/bin/vite.js" build --logLevel error --outDir dist)
NODE_PATH="$repo/apps/demo/node_modules" node "$app/web/run-in-chromium.cjs" "$app/web/dist"

step "passed"
