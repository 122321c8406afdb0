#!/usr/bin/env bash
# azd postprovision hook: makes sure the Key Vault holds a data key, the secret whose latest
# version seals webhook secrets before they are stored (docs/deploy.md, "The data key").
#
# Idempotent: a vault that already has the secret is left alone, because a new version is a
# rotation and that is for a person to decide. A deleted secret is recovered, not replaced:
# rows sealed with its versions can only be opened with them. The value is generated here,
# sent to Key Vault and never printed (every az call that could echo it runs with -o none).
#
# Needs the Azure CLI signed in (az login; azd's own sign-in is separate) as a principal with
# Key Vault Secrets Officer on the vault, which infra/main.bicep grants to AZURE_PRINCIPAL_ID.
set -euo pipefail

vault="${NEWSWATCH_KEY_VAULT_NAME:?NEWSWATCH_KEY_VAULT_NAME is unset: run this through azd after provisioning (azd hooks run postprovision)}"
secret="${NEWSWATCH_DATA_KEY_NAME:-newswatch-data-key}"

fail() {
  echo "postprovision: $*" >&2
  exit 1
}

command -v az >/dev/null || fail "the Azure CLI (az) is needed to create the data key: install it, then run 'azd hooks run postprovision'."
command -v openssl >/dev/null || fail "openssl is needed to generate the data key."
az account show --output none 2>/dev/null ||
  fail "the Azure CLI is not signed in (azd's sign-in is separate): run 'az login', then 'azd hooks run postprovision'."

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT

# A role assignment takes minutes to reach Key Vault: until then listing answers 403. Names only.
names=""
for attempt in $(seq 1 30); do
  if names=$(az keyvault secret list --vault-name "$vault" --query "[].name" --output tsv 2>"$errors"); then
    break
  fi
  if [ "$attempt" -eq 30 ]; then
    cat "$errors" >&2
    fail "cannot list the secrets of $vault. Is the signed-in principal ($(az account show --query user.name -o tsv)) a Key Vault Secrets Officer there, in the vault's tenant? See docs/deploy.md."
  fi
  echo "postprovision: waiting for access to $vault (role assignments take a few minutes to apply)..."
  sleep 10
done

if grep -qx "$secret" <<<"$names"; then
  echo "postprovision: $vault already holds the data key '$secret'; left as it is."
  exit 0
fi

deleted=$(az keyvault secret list-deleted --vault-name "$vault" --query "[].name" --output tsv 2>/dev/null || true)
if grep -qx "$secret" <<<"$deleted"; then
  az keyvault secret recover --vault-name "$vault" --name "$secret" --output none
  echo "postprovision: recovered the deleted data key '$secret' in $vault with all its versions."
  exit 0
fi

# 32 random bytes, base64: the whole value is one data key. It goes through an owner-only file,
# not the command line, where any local user could read it in the process list.
umask 077
keyfile=$(mktemp)
trap 'rm -f "$errors" "$keyfile"' EXIT
openssl rand -base64 32 | tr -d '\n' >"$keyfile"
az keyvault secret set --vault-name "$vault" --name "$secret" --file "$keyfile" --encoding utf-8 --output none
echo "postprovision: created the data key '$secret' in $vault (its value was not printed)."
