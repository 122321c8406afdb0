#!/usr/bin/env bash
# azd postdeploy hook: creates the function keys that the API's two roles use, when they are
# missing (docs/api.md, "Keys"):
#   - the host key `admin`, for every admin route, sent in the x-functions-key header only;
#   - a function key `reader` on each reader function, which opens that one route and may be
#     sent as ?code= by feed readers and uptime monitors;
#   - a function key `dashboard`, one value on each reader function the dashboard calls, which
#     opens the dashboard's reader view (timeline, stories, feed health) and nothing that changes state.
# Idempotent: an existing key keeps its value (setting it again would replace it and break the
# URLs that hold it). No key value is ever printed, so the output is safe in CI logs; it ends
# with the commands that fetch the keys.
set -euo pipefail

app="${AZURE_FUNCTION_APP_NAME:?AZURE_FUNCTION_APP_NAME is unset: run this through azd after deploying (azd hooks run postdeploy)}"
group="${AZURE_RESOURCE_GROUP:?AZURE_RESOURCE_GROUP is unset: run this through azd}"
subscription="${AZURE_SUBSCRIPTION_ID:?AZURE_SUBSCRIPTION_ID is unset: run this through azd}"

# The functions whose role is Reader ([Role(ApiRole.Reader)]); a test keeps this list in step.
readers=(GetAlertsFeed ListAlerts GetAlert ListAlertReports Health FeedHealth)
# The reader functions the dashboard calls; they share one `dashboard` key, so a reader pastes one key.
dashboard_readers=(ListAlerts GetAlert ListAlertReports Health FeedHealth)

fail() {
  echo "postdeploy: $*" >&2
  exit 1
}

command -v az >/dev/null || fail "the Azure CLI (az) is needed to create the function keys: install it, then run 'azd hooks run postdeploy'."
az account show --output none 2>/dev/null ||
  fail "the Azure CLI is not signed in (azd's sign-in is separate): run 'az login', then 'azd hooks run postdeploy'."

# Names of the host's keys; never their values.
host_key_names() {
  az functionapp keys list -g "$group" -n "$app" --subscription "$subscription" --query 'keys(functionKeys || `{}`)' --output tsv
}

# Names of one function's keys. Right after a deployment the host may not list the functions
# yet, so this retries for a while.
function_key_names() {
  local function=$1 attempt
  for attempt in $(seq 1 12); do
    if az functionapp function keys list -g "$group" -n "$app" --subscription "$subscription" --function-name "$function" \
      --query "keys(@)" --output tsv 2>/dev/null; then
      return 0
    fi
    [ "$attempt" -lt 12 ] || return 1
    sleep 10
  done
}

# Read into a variable first: a grep that stops early must not make a failed listing look like "no admin key".
names=$(host_key_names)
if grep -qx admin <<<"$names"; then
  echo "postdeploy: host key 'admin' exists; left as it is."
else
  az functionapp keys set -g "$group" -n "$app" --subscription "$subscription" --key-type functionKeys --key-name admin --output none
  echo "postdeploy: created host key 'admin'."
fi

for function in "${readers[@]}"; do
  names=$(function_key_names "$function") || fail "$app does not list the function $function; was the code deployed?"
  if grep -qx reader <<<"$names"; then
    echo "postdeploy: $function's key 'reader' exists; left as it is."
  else
    az functionapp function keys set -g "$group" -n "$app" --subscription "$subscription" --function-name "$function" --key-name reader --output none
    echo "postdeploy: created $function's key 'reader'."
  fi
done

# The dashboard key: one value on every function the page calls. Each function's current value
# is read once the host lists it (a failed read stops the hook rather than make a second
# value); values stay in variables and go to az only, never to the output. az takes a key's
# value only as an argument, so it is visible to this machine's process list while az runs.
declare -A dashboard_keys=()
for function in "${dashboard_readers[@]}"; do
  function_key_names "$function" >/dev/null || fail "$app does not list the function $function; was the code deployed?"
  dashboard_keys[$function]=$(az functionapp function keys list -g "$group" -n "$app" --subscription "$subscription" \
    --function-name "$function" --query dashboard --output tsv)
done
[ "$(printf '%s\n' "${dashboard_keys[@]}" | awk 'NF' | sort -u | wc -l)" -le 1 ] ||
  fail "the functions' 'dashboard' keys differ: delete them (az functionapp function keys delete … --key-name dashboard) and run this hook again."
dashboard_key=$(printf '%s\n' "${dashboard_keys[@]}" | awk 'NF' | head -n 1)
[ -n "$dashboard_key" ] || dashboard_key=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
for function in "${dashboard_readers[@]}"; do
  if [ -n "${dashboard_keys[$function]}" ]; then
    echo "postdeploy: $function's key 'dashboard' exists; left as it is."
  else
    az functionapp function keys set -g "$group" -n "$app" --subscription "$subscription" --function-name "$function" --key-name dashboard --key-value "$dashboard_key" --output none
    echo "postdeploy: created $function's key 'dashboard'."
  fi
done
unset dashboard_key dashboard_keys

# WebSub: hubs call back at the app's own address, which exists only once the app does. Set
# once; a value already there (a custom domain, say) is left as it is.
callback_setting=NewsWatch__WebSub__CallbackBaseUrl
current=$(az functionapp config appsettings list -g "$group" -n "$app" --subscription "$subscription" \
  --query "[?name=='$callback_setting'].value | [0]" --output tsv)
if [ -n "$current" ]; then
  echo "postdeploy: $callback_setting is set; left as it is."
else
  host=$(az functionapp show -g "$group" -n "$app" --subscription "$subscription" --query defaultHostName --output tsv)
  az functionapp config appsettings set -g "$group" -n "$app" --subscription "$subscription" \
    --settings "$callback_setting=https://$host/api/websub" --output none
  echo "postdeploy: set $callback_setting to https://$host/api/websub (WebSub push on)."
fi

cat <<GUIDE
postdeploy: the keys are ready. Fetch them where you need them (each command prints one key):
  admin (x-functions-key header only, never in a URL):
    az functionapp keys list --subscription $subscription -g $group -n $app --query functionKeys.admin -o tsv
  feed reader URL, https://<app>/api/alerts/feed?code=<key>:
    az functionapp function keys list --subscription $subscription -g $group -n $app --function-name GetAlertsFeed --query reader -o tsv
  uptime monitor URL, https://<app>/api/health?code=<key>:
    az functionapp function keys list --subscription $subscription -g $group -n $app --function-name Health --query reader -o tsv
  dashboard, https://<app>/api/dashboard/ (paste the admin key to manage, or this one to read):
    az functionapp function keys list --subscription $subscription -g $group -n $app --function-name ListAlerts --query dashboard -o tsv
  Do not hand out the 'default' host key: it opens every route.
GUIDE
