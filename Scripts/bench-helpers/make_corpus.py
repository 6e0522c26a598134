"""Writes the benchmark corpus, the same bytes on every run: realistic setups, about one in ten
with a finding. Usage: make_corpus.py FOLDER"""
import os
import random
import sys

COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Wonka", "Tyrell",
             "Cyberdyne", "Soylent", "Massive", "Aperture", "Oscorp", "Pied Piper", "Dunder", "Gringotts"]
REGIONS = ["EMEA", "Americas", "APAC", "Nordics", "DACH", "UKI", "LATAM", "ANZ"]
FLAWS = ["callback-path", "missing-scope", "secret-required", "unknown-key", "sandbox", "blank-email", "token-expiry"]


def setup(rng, index):
    company = rng.choice(COMPANIES)
    slug = company.lower().replace(" ", "") + str(index)
    region = rng.choice(["h", "eu", "us", "au"])
    domain = f"{slug}-{region}.cyclr.com"
    flaw = rng.choice(FLAWS) if rng.random() < 0.1 else None
    scopes = ["full", "refresh_token"] + rng.sample(["api", "web", "id", "openid", "chatter_api"], rng.randint(0, 2))
    if flaw == "missing-scope":
        scopes.remove("refresh_token")
    callback = f"https://{domain}/connector/{'callbacks' if flaw == 'callback-path' else 'callback'}"
    org = "sandbox" if flaw == "sandbox" else rng.choice(["production", "production", "developer"])
    login = "https://test.salesforce.com" if org == "sandbox" else "https://login.salesforce.com"
    app = f"{company} Cyclr Integration {index}"
    lines = [
        f"# {company}: the Connected App for the Cyclr connector ({org} org).",
        "version: 1",
        f"connector: {rng.choice(['Salesforce', 'Salesforce', 'Salesforce Service Cloud'])}",
        "cyclr:",
        f"  serviceDomain: {domain}",
        "  clientId: ${SALESFORCE_CONSUMER_KEY}",
        "  clientSecret: ${SALESFORCE_CONSUMER_SECRET}",
        "salesforce:",
        "  org:",
        f"    type: {org}",
        f"    loginUrl: {login}",
        f"    myDomain: {slug}.my.salesforce.com",
        f"  ui: {rng.choice(['lightning', 'lightning', 'classic'])}",
        "  connectedApp:",
        f"    name: {app}",
        f"    apiName: {app.replace(' ', '_')}",
        f"    contactEmail: {'' if flaw == 'blank-email' else 'integrations@' + slug + '.example'}",
        "    oauth:",
        "      enabled: true",
        f"      {'callbackUrl' if flaw == 'unknown-key' else 'callbackUrls'}:",
        f"        - {callback}",
        f"      scopes: [{', '.join(scopes)}]",
        f"      requireSecretForRefreshToken: {'true' if flaw == 'secret-required' else 'false'}",
        f"      refreshTokenPolicy: {'specific_lifetime:90:DAYS' if flaw == 'token-expiry' else 'infinite'}",
        "accounts:",
    ]
    for region_name in rng.sample(REGIONS, rng.randint(1, 5)):
        lines += [f"  - name: {company} {region_name}",
                  f"    salesforceUser: integration.{region_name.lower()}@{slug}.example"]
    return "\n".join(lines) + "\n"


def stream(path, megabytes, seed):
    rng = random.Random(seed)
    target = megabytes * 1000 * 1000
    written = index = 0
    with open(path, "w") as out:
        while written < target:
            text = ("---\n" if index else "") + setup(rng, index)
            out.write(text)
            written += len(text)
            index += 1
    return index


def main():
    folder = sys.argv[1]
    rng = random.Random(1)
    for index in range(10_000):
        team = os.path.join(folder, "tree", f"team-{index // 100:03d}")
        os.makedirs(team, exist_ok=True)
        with open(os.path.join(team, f"app-{index % 100:02d}.cyclr.yaml"), "w") as out:
            out.write(setup(rng, index))
    with open(os.path.join(folder, "small.cyclr.yaml"), "w") as out:
        out.write(setup(random.Random(2), 0))
    for megabytes in (20, 200):
        documents = stream(os.path.join(folder, f"stream-{megabytes}MB.cyclr.yaml"), megabytes, megabytes)
        print(f"stream-{megabytes}MB: {documents} documents")


if __name__ == "__main__":
    main()
