#!/usr/bin/env bash
# Runs examples/voice-agent-test against Masker's artifacts as `./mvnw install` leaves them, the
# way a team's own project consumes them: through the BOM, from a local repository.
#
# The artifacts go into a local repository of this script's own (target/example-repository), never
# into ~/.m2/repository: that one is only read, as a second repository behind it (Maven 3.9's
# maven.repo.local.tail), for the third-party artifacts both builds need. So the check sees
# exactly what this checkout installs, whatever an earlier build left in ~/.m2, and leaves ~/.m2
# as it was. MAVEN_ARGS passes options to both builds (-o to stay offline).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD/target/example-repository"
tail_repo="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
rm -rf "$repo"
mkdir -p "$repo"
repos=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo")

# 1. What `./mvnw install` does, for the modules an embedder needs (tests already ran in verify).
./mvnw -B -q ${MAVEN_ARGS:-} "${repos[@]}" install -Dmaven.test.skip=true \
  -pl masker-bom,masker-testkit -am

# 2. The installed artifacts are there, each library with its sources and javadoc.
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' masker-bom/pom.xml | head -1)
for module in masker-domain masker-testkit; do
  for suffix in .jar -sources.jar -javadoc.jar .pom; do
    file="$repo/dev/masker/$module/$version/$module-$version$suffix"
    [[ -s "$file" ]] || { echo "missing after install: $file" >&2; exit 1; }
  done
done
[[ -s "$repo/dev/masker/masker-bom/$version/masker-bom-$version.pom" ]] \
  || { echo "missing after install: masker-bom $version" >&2; exit 1; }

# 3. A team's project builds and passes its tests against them.
./mvnw -B ${MAVEN_ARGS:-} "${repos[@]}" -f examples/voice-agent-test/pom.xml \
  -Dmasker.version="$version" verify
