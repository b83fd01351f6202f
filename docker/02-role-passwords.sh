#!/bin/sh
# docker-compose only: the PostgreSQL image runs this after 01-roles-and-schemas.sql. The script
# creates the roles with development passwords; here they get the secrets the services are started
# with (the same environment variables), so no development password is left in the database.
set -e
# psql variables (:'name') quote the values, so a password may hold any character.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v corrections_app="$CORRECTIONS_DB_PASSWORD" -v corrections_migrator="$CORRECTIONS_DB_MIGRATOR_PASSWORD" \
    -v mediation_app="$MEDIATION_DB_PASSWORD" -v mediation_migrator="$MEDIATION_DB_MIGRATOR_PASSWORD" \
    -v legalaid_app="$LEGALAID_DB_PASSWORD" -v legalaid_migrator="$LEGALAID_DB_MIGRATOR_PASSWORD" \
    -v evaluation_app="$EVALUATION_DB_PASSWORD" -v evaluation_migrator="$EVALUATION_DB_MIGRATOR_PASSWORD" <<'SQL'
ALTER ROLE corrections_app PASSWORD :'corrections_app';
ALTER ROLE corrections_migrator PASSWORD :'corrections_migrator';
ALTER ROLE mediation_app PASSWORD :'mediation_app';
ALTER ROLE mediation_migrator PASSWORD :'mediation_migrator';
ALTER ROLE legalaid_app PASSWORD :'legalaid_app';
ALTER ROLE legalaid_migrator PASSWORD :'legalaid_migrator';
ALTER ROLE evaluation_app PASSWORD :'evaluation_app';
ALTER ROLE evaluation_migrator PASSWORD :'evaluation_migrator';
SQL
