// Generated from openapi/openapi.json by `pnpm --filter @qms/client generate`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description No access token needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description No access token needed.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an access token (OAuth 2.0 client credentials)
         * @description For machine clients such as a trust’s data feed. Send `client_id` and `client_secret` in the form body or as HTTP Basic credentials. Errors carry the OAuth `error` code beside the problem fields.
         *
         *     No access token needed.
         */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys that verify the platform’s tokens
         * @description Includes recently retired keys until the last token they signed has expired.
         *
         *     No access token needed.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the access token stands for: organisation, roles and scopes
         * @description **Access:** any authenticated principal.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organisations visible to the caller
         * @description The caller’s own organisation, organisations enrolled in its programmes, and owners of programmes it is enrolled in. A platform administrator sees all.
         *
         *     **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Create an organisation (a tenant)
         * @description **Access:** a platform administrator, with the scope `tenancy:write`.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an organisation
         * @description **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an organisation
         * @description A tenant administrator updates their own organisation; only a platform administrator may suspend or reactivate one.
         *
         *     **Access:** one of the roles `tenant_admin`, `platform_admin`, with the scope `tenancy:write`.
         */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List units
         * @description The units of the caller’s organisation, or with `organisationId` those of an organisation actively enrolled in one of the caller’s programmes (an empty page when it is not visible).
         *
         *     **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["listUnits"];
        put?: never;
        /**
         * Create a unit
         * @description Adds a site, directorate, service, ward, team or department to the caller’s organisation, at the root or under an existing unit of the same organisation.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a unit with its ancestors and descendants
         * @description The golden thread around one unit: the path up to its root, and the units below it (closed ones included, with their status).
         *
         *     **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["getUnitTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a unit
         * @description **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, recode, close, reopen or move a unit
         * @description A tenant administrator changes a unit of their own organisation. Moving takes the unit’s descendants with it; a move under the unit itself or one of its descendants is refused with 422.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        patch: operations["updateUnit"];
        trace?: never;
    };
    "/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the programmes visible to the caller
         * @description The programmes the caller’s organisation runs and those it is (or was) enrolled in.
         *
         *     **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["listProgrammes"];
        put?: never;
        /**
         * Create a programme
         * @description A tenant administrator of a national body or a regulator starts a programme, which organisations are then invited to join. Other organisations get 403.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a programme
         * @description **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update, close or reopen a programme
         * @description A tenant administrator of the programme’s owner changes it. An enrolled organisation gets 403.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        patch: operations["updateProgramme"];
        trace?: never;
    };
    "/v1/programmes/{programmeId}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a programme’s enrolments
         * @description The programme’s owner sees every enrolment; an enrolled organisation sees only its own.
         *
         *     **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["listEnrolments"];
        put?: never;
        /**
         * Invite an organisation to a programme
         * @description A tenant administrator of the programme’s owner invites an organisation; the enrolment starts `invited` and becomes `active` when the organisation accepts. An organisation with a live (invited or active) enrolment cannot be invited again (409).
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        post: operations["createEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/enrolments/{enrolmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an enrolment
         * @description **Access:** any authenticated principal, with the scope `tenancy:read`.
         */
        get: operations["getEnrolment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/enrolments/{enrolmentId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation to a programme
         * @description A tenant administrator of the invited organisation accepts, citing the signed data-sharing agreement: `invited` → `active`. From then on the programme’s owner can read the organisation’s data for the programme. The owner gets 403; an enrolment that is not `invited` gives 409.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        post: operations["acceptEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/enrolments/{enrolmentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an enrolment
         * @description A tenant administrator of either side ends an invited or active enrolment: → `withdrawn`, which is final (invite again to re-enrol). A withdrawn enrolment gives 409.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        post: operations["withdrawEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the role grants of the caller’s organisation
         * @description **Access:** one of the roles `tenant_admin`, `platform_admin`, with the scope `tenancy:read`.
         */
        get: operations["listRoleGrants"];
        put?: never;
        /**
         * Grant a role to a person in the caller’s organisation
         * @description `platform_admin` can be granted only in the platform organisation, by a platform administrator.
         *
         *     **Access:** one of the roles `tenant_admin`, `platform_admin`, with the scope `tenancy:write`.
         */
        post: operations["createRoleGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a role grant
         * @description **Access:** one of the roles `tenant_admin`, `platform_admin`, with the scope `tenancy:read`.
         */
        get: operations["getRoleGrant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-grants/{grantId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a role grant
         * @description Takes effect on the person’s next request; the grant stays readable with who revoked it and when.
         *
         *     **Access:** one of the roles `tenant_admin`, `platform_admin`, with the scope `tenancy:write`.
         */
        post: operations["revokeRoleGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organisation’s API clients
         * @description **Access:** one of the roles `tenant_admin`, with the scope `tenancy:read`.
         */
        get: operations["listApiClients"];
        put?: never;
        /**
         * Create an API client for machine access (client credentials)
         * @description The client secret is returned once, in this response, and stored only as an argon2id hash.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        post: operations["createApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-clients/{apiClientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an API client
         * @description **Access:** one of the roles `tenant_admin`, with the scope `tenancy:read`.
         */
        get: operations["getApiClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-clients/{apiClientId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the client secret
         * @description The old secret stops working at once; tokens already issued stay valid until they expire (15 minutes by default).
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        post: operations["rotateApiClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-clients/{apiClientId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API client
         * @description Its secret and every token already issued to it stop working at once.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `tenancy:write`.
         */
        post: operations["revokeApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the organisation’s audit log, oldest first
         * @description Append-only: the database refuses to change or delete an entry.
         *
         *     **Access:** one of the roles `tenant_admin`, with the scope `audit:read`.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/spc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Analyse a series with statistical process control
         * @description Stateless: nothing is stored. Making Data Count rules (as NHSRplotthedots 0.2.2) for XmR charts, or the qicharts2 0.8.1 (Anhøj) family for run, i, mr, c, u, p, p′, u′, g and t charts. Per point: centre, limits, 2-sigma lines, the special-cause rules that fired and the classification; for the series: phases, runs analysis, variation and assurance icons, warnings. Up to 10,000 points.
         *
         *     **Access:** any authenticated principal, with the scope `statistics:run`.
         */
        post: operations["analyseSpc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the measures visible to the caller
         * @description The caller’s own measures and those published to a programme it is invited to or enrolled in, each with its current version summarised (the active one; without one, the latest draft).
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listMeasures"];
        put?: never;
        /**
         * Create a measure with its first draft version
         * @description Creates a measure owned by the caller’s organisation and its version 1 as a draft. The code is unique among the organisation’s measures (409). The chart and rule family must suit the value type, targets must not overlap, and benchmarking settings must suit the value type (422 with a pointer to each field).
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["createMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures/{measureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a measure with its versions
         * @description Every version summarised (each with its own ETag), and the active version and the draft in full. The response ETag covers the whole measure; the version operations take the version’s ETag.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures/{measureId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a new draft version
         * @description Copies the latest version into a new draft and applies the fields sent. One draft at a time: 409 while another is open.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["createMeasureVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures/{measureId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one version of a measure in full
         * @description **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getMeasureVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft version
         * @description Only a draft changes: an active or retired version answers 409 (create a new version instead).
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        patch: operations["updateMeasureVersion"];
        trace?: never;
    };
    "/v1/measures/{measureId}/versions/{versionId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a draft version
         * @description The draft becomes the version new data is submitted against; the version active until now is retired in the same transaction. A draft needs its numerator (and, for proportions, rates and ratios, its denominator) defined first (422).
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["activateMeasureVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures/{measureId}/versions/{versionId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire the active version
         * @description The measure then has no active version until a draft is activated. Retired never changes.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["retireMeasureVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the measures published to a programme
         * @description For the programme’s owner and the organisations invited to or enrolled in it.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listProgrammeMeasures"];
        put?: never;
        /**
         * Publish a measure to a programme
         * @description The programme owner’s steward publishes one of the owner’s own measures; it must have an active version (422). Invited and enrolled organisations then see its definition; enrolled ones report it. A withdrawn measure may be published again.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["publishProgrammeMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/measures/{measureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a measure’s publication to a programme
         * @description **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getProgrammeMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/measures/{measureId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a measure from a programme
         * @description The programme’s members stop seeing the measure through this programme; data already submitted stays with its submitter.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["withdrawProgrammeMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List adoptions
         * @description The caller’s own adoptions; for a programme owner, also the adoptions of its measures by organisations actively enrolled in its programmes.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listAdoptions"];
        put?: never;
        /**
         * Adopt a programme measure
         * @description An organisation takes up a measure published to a programme it is actively enrolled in, with a local owner and target. Any other measure answers 404; the caller’s own measure 422; a measure already adopted 409.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["createAdoption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adoptions/{adoptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an adoption
         * @description **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getAdoption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or end an adoption
         * @description The adopting organisation changes the local owner or target, or ends it. An ended adoption does not change (409).
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        patch: operations["updateAdoption"];
        trace?: never;
    };
    "/v1/measure-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List measure sets
         * @description The caller’s own sets and those of programmes it is invited to or enrolled in, each with its alignment figures.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listMeasureSets"];
        put?: never;
        /**
         * Create a measure set
         * @description The handful of measures a programme or a board watches, each marked with its uses (quality control, assurance, improvement). Items must be measures the caller can see; a programme must be the caller’s own (422).
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["createMeasureSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measure-sets/{setId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a measure set with its items
         * @description **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getMeasureSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a measure set or replace its items
         * @description **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        patch: operations["updateMeasureSet"];
        trace?: never;
    };
    "/v1/measure-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List golden-thread links
         * @description Links the caller can see: its own, those of organisations enrolled in its programmes, and those from measures published to it.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listMeasureLinks"];
        put?: never;
        /**
         * Link a measure into the golden thread
         * @description The caller’s own measure contributes to (or balances) another measure it can see, possibly another organisation’s. A `contributes_to` link that would close a loop is refused with 422 (pointer `/body/toMeasureId`); the same link twice with 409.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["createMeasureLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measure-links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a golden-thread link
         * @description **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getMeasureLink"];
        put?: never;
        post?: never;
        /**
         * Remove a golden-thread link
         * @description Only the link’s owner removes it; the removal is audited.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        delete: operations["deleteMeasureLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organisation’s submissions
         * @description Newest first. Dry runs and rejected batches are not stored, so they are not listed.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listSubmissions"];
        put?: never;
        /**
         * Submit observations (JSON or CSV)
         * @description A batch of observations for measures the organisation reports: `application/json` (`{ rows: [...] }`, up to 100,000 rows) or `text/csv` (streamed in constant memory, any number of rows up to the body limit). The body is required in one of the two forms.
         *
         *     Each row is checked: the measure is visible and reportable (own, adopted, or published to a programme the organisation is actively enrolled in) and has an active version; the unit belongs to the organisation (or is omitted for the whole organisation); the period starts a period of the measure’s periodicity and is not in the future; numbers fit the value type (proportion: integer numerator ≤ denominator, denominator > 0; rate: count and exposure > 0; ratio: observed and expected > 0; count: a non-negative integer; continuous: a finite value) and the measure’s plausible range (in displayed units, after the multiplier); a denominator where the rules require one; one row per measure, unit and period in a batch. Only the fields the value type uses are stored (and a denominator where given).
         *
         *     A row equal to the current observation (numbers and status) is `unchanged`; a different one becomes a new revision; otherwise it is `created`. Warnings: `late` (after the version’s submission deadline), `provisional`, and `beyond_limits` (outside the XmR process limits of the series’ current data, for the first 20 series touched).
         *
         *     `mode=all_or_nothing` (the default) writes nothing when any row is rejected and answers 422 with the summary; `mode=partial` writes the valid rows. `dryRun=true` writes nothing at all. A submission racing another for the same series answers 409 and writes nothing.
         *
         *     **Access:** one of the roles `submitter`, `tenant_admin`, with the scope `observations:write`.
         */
        post: operations["createSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{submissionId}/payload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the raw payload of a submission
         * @description Exactly as received, streamed back with its original content type.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getSubmissionPayload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a submission and its import summary
         * @description **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measure-sets/{setId}/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a CSV submission template for a measure set
         * @description The CSV header and one example row per measure of the set that has an active version (the most recent complete period, example numbers shaped by the value type). Fill it in and POST it to /v1/submissions as text/csv.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getMeasureSetTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/observations/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every revision of one observation
         * @description All revisions of a measure × unit × period, latest first, each with the submission that brought it.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getObservationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List observations of a measure
         * @description The current revision of each observation by default (`includeRevisions=true` lists every revision), ordered by period. Each carries its data-quality state: status, late, revision.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listObservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures/{measureId}/spc.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Draw a measure’s SPC chart as SVG
         * @description The analysis of `GET /measures/{measureId}/spc` (same query) drawn in the Making Data Count style: grey centre line, dashed process limits, red dashed target, points coloured by variation (grey common cause, orange concern, blue improvement, purple neutral special cause), a break in the lines between phases, annotations as markers with their text as a title.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getMeasureSpcSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures/{measureId}/spc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analyse a measure’s stored series with statistical process control
         * @description The current (latest-revision) observations of the measure for the organisation (or one of its units), every period from the first to the last (gaps shown as missing), analysed with the measure’s default chart and rule family (or those in the query). Stored limit changes apply: recalculation points start phases, a baseline fixes the limits on its first N periods. The target is the organisation’s local target when it adopted the measure with one, else the version’s effective-dated target. Per point: the SPC results, the target in force and data-quality flags (provisional, late, revised, missing); with the annotations in range, phases, icons, warnings and the engine and options used.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getMeasureSpc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/limit-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the limit changes of a series
         * @description The recalculation points and baselines of one measure for an organisation (or unit), oldest first.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listLimitChanges"];
        put?: never;
        /**
         * Record a recalculation point or a fixed baseline
         * @description Stored per measure × organisation (× unit) so every chart of the series shows the same limits. A reason is required (what changed in the process). The period must start a period of the measure’s periodicity.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["createLimitChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the annotations of a series
         * @description The annotations of one measure for an organisation (or unit), optionally in a period range.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["listAnnotations"];
        put?: never;
        /**
         * Annotate a period of a series
         * @description A note on a measure × organisation (× unit) × period — a system change, a PDSA cycle, an inspection, a data issue — drawn on the series’ charts.
         *
         *     **Access:** one of the roles `measure_steward`, `tenant_admin`, with the scope `measures:write`.
         */
        post: operations["createAnnotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/board-summary.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The integrated performance report as SVG
         * @description The rows of `GET /board-summary` (same query) as a picture: each measure with its latest value, target, icons and a sparkline of the last N points coloured by variation.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getBoardSummarySvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/board-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The integrated performance report of a measure set
         * @description Making Data Count’s integrated performance report: one row per measure of the set, in set order, for the organisation (or unit): latest value and period, target, mean and process limits of the last phase, variation and assurance icons, the data-quality state of the latest value, the last N points for a sparkline and what the set uses the measure for. All series are read in one query and analysed in memory.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getBoardSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures/{measureId}/thread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The golden thread around a measure
         * @description The measures above (what it contributes to, following `contributes_to` links upward), below (what contributes to it) and its balancing measures, each with its latest signal for the organisation — so a ward sees what its measure feeds and a board can drill down. Links may cross organisations; only links visible to the caller are followed.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getMeasureThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data-quality report
         * @description Per measure (and unit): completeness (due periods in range without a current value), timeliness (share of current observations not late), provisional values and revisions per period; per organisation, rows refused by validation in its submissions. A programme owner gets the report for every actively enrolled organisation with `programmeId` and no `organisationId`.
         *
         *     **Access:** any authenticated principal, with the scope `measures:read`.
         */
        get: operations["getDataQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare organisations on a funnel plot
         * @description Stateless: nothing is stored. Proportions (exact binomial, Wilson, normal or FunnelPlotR arcsine limits), indirectly standardised ratios and rates (exact Poisson, FunnelPlotR chi-square or normal limits), at 95% and 99.8% or other levels; over-dispersion by winsorised or SHMI-truncated z-scores with multiplicative or additive (random-effects) adjustment. Record-level rows with the same id are aggregated first. Up to 10,000 organisations (100,000 rows, 16 MiB).
         *
         *     **Access:** any authenticated principal, with the scope `statistics:run`.
         */
        post: operations["analyseFunnel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/benchmark-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List benchmark runs: your own, and the published runs of programmes you are enrolled in
         * @description Oldest first (by id). The programme owner sees all its runs; an actively enrolled organisation sees the programme’s published runs, whose anonymised peer views it may open. Results are read one run at a time.
         *
         *     **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["listBenchmarkRuns"];
        put?: never;
        /**
         * Compute a benchmark run (a draft snapshot)
         * @description Compares the organisations actively enrolled in one of your programmes on one of its measures, for a period, a quarter or a rolling window (each organisation’s periods summed), with the funnel engine. Uses the latest revision of each organisation-level observation. The run records exactly which observation revisions went in (ids and values), the method, the engine version and the results; it stays a draft until published.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["createBenchmarkRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/benchmark-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a benchmark run and its results
         * @description The funnel plot and every organisation’s value with its 95% interval (Wilson for proportions, exact Poisson for ratios and rates), ranked, for caterpillar plots. Programme owner only; enrolled organisations use the peer view.
         *
         *     **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["getBenchmarkRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/benchmark-runs/{runId}/inputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The observation revisions a run used
         * @description **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["getBenchmarkRunInputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/benchmark-runs/{runId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute a run from its recorded inputs and compare
         * @description Recomputes the results from the recorded inputs and method and compares hashes; also reports whether the current data has moved on since (then compute a new run: a run never changes).
         *
         *     **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["verifyBenchmarkRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/benchmark-runs/{runId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft run
         * @description A published run is immutable (the database refuses any change) and visible to the programme’s actively enrolled organisations through the anonymised peer view. Publishing a published run answers 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["publishBenchmarkRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/benchmark-runs/{runId}/peer-view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your organisation’s position among its peers
         * @description For an organisation actively enrolled in the run’s programme, on a published run: its own value, interval and band, with peers under stable pseudonyms per run (“Peer 7”) unless the programme allows named comparison. The programme owner sees every organisation named.
         *
         *     **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["getBenchmarkPeerView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/benchmark-runs/{runId}/funnel.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The run’s funnel plot as SVG
         * @description 95% and 99.8% limits, the target, organisations coloured by band and the viewer’s own organisation highlighted. Enrolled organisations get it for published runs, without peers’ names unless the programme allows named comparison.
         *
         *     **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["getBenchmarkFunnelSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/peer-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Peer groups of a programme
         * @description The attributes the programme groups peers by (`settings.peerGroupAttributes`; `kind` is the organisation kind) and the groups among its actively enrolled organisations. Pass one as `peerGroup` when computing a run. Programme owner only.
         *
         *     **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["listBenchmarkPeerGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/measures/{measureId}/national-trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A measure’s programme-wide trend as an SPC chart
         * @description The aggregate of the actively enrolled organisations’ latest revisions per period, as an XmR chart (Making Data Count rules), with each organisation’s series for small multiples. Programme owner only.
         *
         *     **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["getNationalTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/benchmark-runs/{runId}/outlier-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open outlier cases from a published run
         * @description Opens a case (stage `detected`) for every organisation outside the 99.8% limits (alarm), and outside the 95% limits (alert) when the programme’s `outlierAlerts` setting is true; positive outliers too. Idempotent: cases that exist are not opened again. A draft run gives 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["openOutlierCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List outlier cases
         * @description The programme’s owner sees every case of its programmes; a provider only its own. `overdue=true` lists the cases past their stage deadline (working days, the programme’s bank-holiday calendar).
         *
         *     **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["listOutlierCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an outlier case and its history
         * @description **Access:** any authenticated principal, with the scope `benchmarking:read`.
         */
        get: operations["getOutlierCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/data-checked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the data check
         * @description The programme’s owner has checked the data the run used: `detected` → `data_checked`. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["checkOutlierCaseData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/notify-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notify the provider
         * @description `data_checked` → `provider_notified`; the provider’s response deadline starts. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["notifyOutlierProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Respond as the provider
         * @description The provider explains and/or reports corrected data (`dataCorrected: true`, after resubmitting it): `provider_notified` → `provider_responded`. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `tenant_admin`, `measure_steward`, with the scope `measures:write`.
         */
        post: operations["respondToOutlierCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate a non-response
         * @description Only when the provider’s response is overdue, once: the case is marked escalated, gets the escalation deadline, and may then be reviewed without a response. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["escalateOutlierCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review the response
         * @description `no_case` closes the case (no case to answer); `confirmed` confirms the outlier. From `provider_responded`, or from an escalated `provider_notified`. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["reviewOutlierCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/notify-confirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notify a confirmed outlier
         * @description To the organisation’s leadership, and the regulator where the programme’s `outlierNotifyRegulator` setting says so: `confirmed` → `confirmed_notified`. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["notifyConfirmedOutlier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a confirmed outlier
         * @description The provider acknowledges: `confirmed_notified` → `acknowledged`. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `tenant_admin`, `measure_steward`, with the scope `measures:write`.
         */
        post: operations["acknowledgeOutlierCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a confirmed outlier
         * @description `acknowledged` → `published`, final. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["publishOutlierCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlier-cases/{caseId}/rerun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-run the benchmark after a data correction
         * @description When the provider responded with `dataCorrected: true`: computes a new (draft) benchmark run for the same programme, measure, period, peer group and method from the current data, and links it to the case (`rerunRunId`). Once per case; the stage does not change. Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.
         *
         *     **Access:** one of the roles `analyst`, `tenant_admin`, with the scope `benchmarking:write`.
         */
        post: operations["rerunOutlierCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a framework version from JSON
         * @description A regulator or national body imports a framework document (as exported): a new framework, or a new draft version of its framework with the same code. Node kinds, rating scale and evidence categories are data. Every measure bound to a node must be visible to the importing organisation (422 otherwise).
         *
         *     **Access:** one of the roles `inspector`, with the scope `assurance:write`.
         */
        post: operations["importFramework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller’s frameworks
         * @description **Access:** any authenticated principal, with the scope `assurance:read`.
         */
        get: operations["listFrameworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{frameworkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a framework and its versions
         * @description **Access:** any authenticated principal, with the scope `assurance:read`.
         */
        get: operations["getFramework"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{frameworkId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a framework version
         * @description **Access:** any authenticated principal, with the scope `assurance:read`.
         */
        get: operations["getFrameworkVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{frameworkId}/versions/{versionId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a framework version as JSON
         * @description The document `importFramework` takes: importing it makes a new draft version with the same content.
         *
         *     **Access:** any authenticated principal, with the scope `assurance:read`.
         */
        get: operations["exportFrameworkVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{frameworkId}/versions/{versionId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft framework version
         * @description `draft` → `published`. A published version is immutable (the database refuses any change to it, its nodes or its measure bindings); inspections pin published versions. 409 from any other status.
         *
         *     **Access:** one of the roles `inspector`, with the scope `assurance:write`.
         */
        post: operations["publishFrameworkVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{frameworkId}/versions/{versionId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a published framework version
         * @description `published` → `retired`: no new inspection can pin it; inspections that did keep it. 409 from any other status.
         *
         *     **Access:** one of the roles `inspector`, with the scope `assurance:write`.
         */
        post: operations["retireFrameworkVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inspections
         * @description The inspecting organisation sees the inspections it runs; an organisation sees those of itself.
         *
         *     **Access:** any authenticated principal, with the scope `assurance:read`.
         */
        get: operations["listInspections"];
        put?: never;
        /**
         * Plan an inspection
         * @description A regulator or national body plans an inspection of an organisation against a published version of one of its frameworks; it starts `planned`.
         *
         *     **Access:** one of the roles `inspector`, with the scope `assurance:write`.
         */
        post: operations["createInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections/{inspectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an inspection
         * @description **Access:** any authenticated principal, with the scope `assurance:read`.
         */
        get: operations["getInspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections/{inspectionId}/start-fieldwork": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start fieldwork
         * @description `planned` → `fieldwork`, by an inspector. Only the inspecting organisation moves an inspection: a role that may not make this transition gets 403, a stage that does not allow it 409, a stale If-Match 412.
         *
         *     **Access:** one of the roles `inspector`, `tenant_admin`, with the scope `assurance:write`.
         */
        post: operations["startInspectionFieldwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections/{inspectionId}/submit-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the draft report
         * @description `fieldwork` → `draft`, by an inspector. Only the inspecting organisation moves an inspection: a role that may not make this transition gets 403, a stage that does not allow it 409, a stale If-Match 412.
         *
         *     **Access:** one of the roles `inspector`, `tenant_admin`, with the scope `assurance:write`.
         */
        post: operations["submitInspectionDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections/{inspectionId}/share-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share the draft for factual accuracy
         * @description `draft` → `factual_accuracy`, by an inspector or tenant administrator. From now on the inspected organisation reads the findings. Only the inspecting organisation moves an inspection: a role that may not make this transition gets 403, a stage that does not allow it 409, a stale If-Match 412.
         *
         *     **Access:** one of the roles `inspector`, `tenant_admin`, with the scope `assurance:write`.
         */
        post: operations["shareInspectionDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections/{inspectionId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the report
         * @description `factual_accuracy` → `published`, by a tenant administrator. The report and its findings are then immutable. Only the inspecting organisation moves an inspection: a role that may not make this transition gets 403, a stage that does not allow it 409, a stale If-Match 412.
         *
         *     **Access:** one of the roles `inspector`, `tenant_admin`, with the scope `assurance:write`.
         */
        post: operations["publishInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections/{inspectionId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the inspection
         * @description `published` → `closed`, by an inspector or tenant administrator. Only the inspecting organisation moves an inspection: a role that may not make this transition gets 403, a stage that does not allow it 409, a stale If-Match 412.
         *
         *     **Access:** one of the roles `inspector`, `tenant_admin`, with the scope `assurance:write`.
         */
        post: operations["closeInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections/{inspectionId}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an inspection’s findings
         * @description The inspecting organisation sees every finding; the inspected organisation sees them only from factual accuracy on (row-level security): before that the list is empty.
         *
         *     **Access:** any authenticated principal, with the scope `assurance:read`.
         */
        get: operations["listFindings"];
        put?: never;
        /**
         * Record a finding
         * @description An inspector of the inspecting organisation records a finding from fieldwork to factual accuracy (409 otherwise).
         *
         *     **Access:** one of the roles `inspector`, with the scope `assurance:write`.
         */
        post: operations["createFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspections/{inspectionId}/findings/{findingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a finding
         * @description **Access:** any authenticated principal, with the scope `assurance:read`.
         */
        get: operations["getFinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        /** @description An RFC 9457 problem document */
        Problem: {
            /** @example /problems/validation-error */
            type: string;
            /** @example Request failed validation */
            title: string;
            /** @example 400 */
            status: number;
            /** @example Request failed validation */
            detail?: string;
            /**
             * @description The request id
             * @example 0193b6f2-9d7e-7c41-b1a3-6f7e1d2c3b4a
             */
            instance?: string;
            /**
             * @example [
             *       {
             *         "pointer": "/body/name",
             *         "detail": "Too small: expected string to have >=1 characters"
             *       }
             *     ]
             */
            errors?: {
                pointer: string;
                detail: string;
            }[];
        };
        /**
         * @example {
         *       "access_token": "eyJhbGciOiJFUzI1NiIs…",
         *       "token_type": "Bearer",
         *       "expires_in": 900,
         *       "scope": "tenancy:read observations:write"
         *     }
         */
        TokenResponse: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_in: number;
            scope: string;
        };
        TokenRequest: {
            /**
             * @example client_credentials
             * @enum {string}
             */
            grant_type: "client_credentials";
            /**
             * @description Or send HTTP Basic credentials
             * @example qmsc_barts-health_5f2a9c
             */
            client_id?: string;
            /** @example qmss_… */
            client_secret?: string;
            /**
             * @description Space-separated subset of the client’s scopes; all of them by default
             * @example observations:write
             */
            scope?: string;
        };
        JwkSet: {
            keys: components["schemas"]["Jwk"][];
        };
        Jwk: {
            [key: string]: unknown;
        };
        Me: {
            /** @enum {string} */
            kind: "person" | "client";
            /** @example viewer@barts-health */
            id: string;
            issuer: string;
            organisation: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                kind: string;
            };
            roles: string[];
            scopes: string[];
        };
        Organisation: {
            /** Format: uuid */
            id: string;
            /** @example royal-cornwall */
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "platform" | "national_body" | "regulator" | "health_board" | "trust" | "independent_provider" | "commissioner";
            /** @enum {string} */
            status: "active" | "suspended";
            /**
             * @example {
             *       "ods": "REF"
             *     }
             */
            externalIds: {
                [key: string]: string;
            };
            /**
             * @example {
             *       "region": "South West",
             *       "sizeBand": "medium"
             *     }
             */
            attributes: {
                [key: string]: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "slug": "royal-cornwall",
         *       "name": "Royal Cornwall Hospitals NHS Trust",
         *       "kind": "trust",
         *       "externalIds": {
         *         "ods": "REF"
         *       },
         *       "attributes": {
         *         "region": "South West"
         *       },
         *       "admins": [
         *         {
         *           "subject": "jane.doe@royal-cornwall.example"
         *         }
         *       ]
         *     }
         */
        CreateOrganisation: {
            /** @example royal-cornwall */
            slug: string;
            /** @example Royal Cornwall Hospitals NHS Trust */
            name: string;
            /** @enum {string} */
            kind: "national_body" | "regulator" | "health_board" | "trust" | "independent_provider" | "commissioner";
            /** @default {} */
            externalIds: {
                [key: string]: string;
            };
            /** @default {} */
            attributes: {
                [key: string]: string;
            };
            /**
             * @description People granted tenant_admin in the new organisation
             * @default []
             */
            admins: {
                /** @description Identity provider issuer; the platform issuer by default */
                issuer?: string;
                subject: string;
                displayName?: string;
            }[];
        };
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "name": "Royal Cornwall Hospitals NHS Trust (renamed)"
         *     }
         */
        UpdateOrganisation: {
            name?: string;
            externalIds?: {
                [key: string]: string;
            };
            attributes?: {
                [key: string]: string;
            };
            /**
             * @description Platform administrators only
             * @enum {string}
             */
            status?: "active" | "suspended";
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000b003",
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "parentId": "0193b6f2-0000-7000-8000-00000000b002",
         *       "kind": "ward",
         *       "name": "Acute Medical Unit",
         *       "code": "RF4-AMU",
         *       "status": "active",
         *       "createdAt": "2024-04-01T09:00:00.000Z",
         *       "updatedAt": "2024-04-01T09:00:00.000Z"
         *     }
         */
        Unit: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The organisation (tenant) the unit belongs to
             */
            organisationId: string;
            /**
             * Format: uuid
             * @description Null for a root unit
             */
            parentId: string | null;
            /**
             * @example ward
             * @enum {string}
             */
            kind: "site" | "directorate" | "service" | "ward" | "team" | "department";
            name: string;
            code: string | null;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "closed";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "kind": "ward",
         *       "name": "Acute Medical Unit",
         *       "code": "RF4-AMU",
         *       "parentId": "0193b6f2-0000-7000-8000-00000000b002"
         *     }
         */
        CreateUnit: {
            /**
             * @example ward
             * @enum {string}
             */
            kind: "site" | "directorate" | "service" | "ward" | "team" | "department";
            /** @example Acute Medical Unit */
            name: string;
            /**
             * @description Unique within the organisation
             * @example RF4-AMU
             */
            code?: string;
            /**
             * Format: uuid
             * @description A unit of the caller’s organisation; omit or null for a root unit
             */
            parentId?: string | null;
        };
        UnitPage: {
            items: components["schemas"]["Unit"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "unit": {
         *         "id": "0193b6f2-0000-7000-8000-00000000b002",
         *         "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *         "parentId": "0193b6f2-0000-7000-8000-00000000b001",
         *         "kind": "directorate",
         *         "name": "Urgent and Emergency Care",
         *         "code": "RF4-URGENT-CARE",
         *         "status": "active",
         *         "createdAt": "2024-04-01T09:00:00.000Z",
         *         "updatedAt": "2024-04-01T09:00:00.000Z"
         *       },
         *       "ancestors": [
         *         {
         *           "id": "0193b6f2-0000-7000-8000-00000000b001",
         *           "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *           "parentId": null,
         *           "kind": "site",
         *           "name": "Main hospital site",
         *           "code": "RF4-SITE",
         *           "status": "active",
         *           "createdAt": "2024-04-01T09:00:00.000Z",
         *           "updatedAt": "2024-04-01T09:00:00.000Z"
         *         }
         *       ],
         *       "descendants": [
         *         {
         *           "id": "0193b6f2-0000-7000-8000-00000000b003",
         *           "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *           "parentId": "0193b6f2-0000-7000-8000-00000000b002",
         *           "kind": "ward",
         *           "name": "Acute Medical Unit",
         *           "code": "RF4-AMU",
         *           "status": "active",
         *           "createdAt": "2024-04-01T09:00:00.000Z",
         *           "updatedAt": "2024-04-01T09:00:00.000Z",
         *           "depth": 1
         *         }
         *       ]
         *     }
         */
        UnitTree: {
            unit: components["schemas"]["Unit"];
            /** @description The path from the root down to the unit’s parent; empty for a root unit */
            ancestors: components["schemas"]["Unit"][];
            /** @description Every unit below, level by level (by depth, then id) */
            descendants: components["schemas"]["UnitTreeDescendant"][];
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000b003",
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "parentId": "0193b6f2-0000-7000-8000-00000000b002",
         *       "kind": "ward",
         *       "name": "Acute Medical Unit",
         *       "code": "RF4-AMU",
         *       "status": "active",
         *       "createdAt": "2024-04-01T09:00:00.000Z",
         *       "updatedAt": "2024-04-01T09:00:00.000Z",
         *       "depth": 2
         *     }
         */
        UnitTreeDescendant: components["schemas"]["Unit"] & {
            /** @description Levels below the unit: 1 for its children, 2 for grandchildren, ... */
            depth: number;
        };
        /**
         * @example {
         *       "name": "Acute Medical Unit (AMU)",
         *       "parentId": "0193b6f2-0000-7000-8000-00000000b001"
         *     }
         */
        UpdateUnit: {
            /** @example Acute Medical Unit */
            name?: string;
            /**
             * @description Null removes the code
             * @example RF4-AMU
             */
            code?: string | null;
            /**
             * @description `closed` closes the unit, `active` reopens it
             * @example active
             * @enum {string}
             */
            status?: "active" | "closed";
            /**
             * Format: uuid
             * @description Moves the unit (with its descendants) under another unit of the organisation; null makes it a root. A unit cannot move under itself or one of its descendants.
             */
            parentId?: string | null;
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000c001",
         *       "ownerOrganisationId": "0193b6f2-0000-7000-8000-00000000a000",
         *       "code": "uec-flow",
         *       "name": "Urgent and Emergency Care Flow Programme",
         *       "description": "National improvement programme on time spent in A&E.",
         *       "status": "active",
         *       "settings": {
         *         "namedComparison": false,
         *         "outlierAlerts": true
         *       },
         *       "createdAt": "2024-04-01T09:00:00.000Z",
         *       "updatedAt": "2024-04-01T09:00:00.000Z"
         *     }
         */
        Programme: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The organisation that runs the programme
             */
            ownerOrganisationId: string;
            code: string;
            name: string;
            description: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "closed";
            settings: components["schemas"]["ProgrammeSettings"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "namedComparison": false,
         *       "outlierAlerts": true,
         *       "peerGroupAttributes": [
         *         "region"
         *       ]
         *     }
         */
        ProgrammeSettings: {
            /** @description Benchmarks name the organisations compared (otherwise anonymised) */
            namedComparison?: boolean;
            /** @description Run the outlier-management process on funnel-plot alerts */
            outlierAlerts?: boolean;
            /**
             * @description Organisation attributes peers are grouped by
             * @example [
             *       "region"
             *     ]
             */
            peerGroupAttributes?: string[];
        };
        /**
         * @example {
         *       "code": "uec-flow",
         *       "name": "Urgent and Emergency Care Flow Programme",
         *       "description": "National improvement programme on time spent in A&E.",
         *       "settings": {
         *         "namedComparison": false,
         *         "outlierAlerts": true
         *       }
         *     }
         */
        CreateProgramme: {
            /**
             * @description Unique among the owner’s programmes
             * @example uec-flow
             */
            code: string;
            /** @example Urgent and Emergency Care Flow Programme */
            name: string;
            /**
             * @default
             * @example National improvement programme on time spent in A&E.
             */
            description: string;
            settings?: components["schemas"]["ProgrammeSettings"];
        };
        ProgrammePage: {
            items: components["schemas"]["Programme"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "settings": {
         *         "namedComparison": true
         *       }
         *     }
         */
        UpdateProgramme: {
            /** @example Urgent and Emergency Care Flow Programme */
            name?: string;
            /** @example National improvement programme on time spent in A&E. */
            description?: string;
            settings?: components["schemas"]["ProgrammeSettings"] & unknown;
            /**
             * @description `closed` closes the programme (no new invitations or acceptances); `active` reopens it
             * @example active
             * @enum {string}
             */
            status?: "active" | "closed";
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000d001",
         *       "programmeId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "status": "active",
         *       "dataSharingAgreementRef": "DSA-2024-RF4",
         *       "invitedAt": "2024-03-01T09:00:00.000Z",
         *       "activatedAt": "2024-04-01T09:00:00.000Z",
         *       "withdrawnAt": null,
         *       "withdrawalReason": null,
         *       "createdAt": "2024-03-01T09:00:00.000Z",
         *       "updatedAt": "2024-04-01T09:00:00.000Z"
         *     }
         */
        Enrolment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /**
             * Format: uuid
             * @description The enrolled organisation
             */
            organisationId: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "invited" | "active" | "withdrawn";
            dataSharingAgreementRef: string | null;
            /** Format: date-time */
            invitedAt: string;
            /** Format: date-time */
            activatedAt: string | null;
            /** Format: date-time */
            withdrawnAt: string | null;
            withdrawalReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001"
         *     }
         */
        CreateEnrolment: {
            /**
             * Format: uuid
             * @description The organisation to invite
             * @example 0193b6f2-0000-7000-8000-00000000a001
             */
            organisationId: string;
            /**
             * @description Reference to the signed data-sharing agreement
             * @example DSA-2024-RF4
             */
            dataSharingAgreementRef?: string;
        };
        EnrolmentPage: {
            items: components["schemas"]["Enrolment"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "dataSharingAgreementRef": "DSA-2024-RF4"
         *     }
         */
        AcceptEnrolment: {
            /**
             * @description Reference to the signed data-sharing agreement
             * @example DSA-2024-RF4
             */
            dataSharingAgreementRef: string;
        };
        /**
         * @example {
         *       "reason": "The trust has joined the regional programme instead"
         *     }
         */
        WithdrawEnrolment: {
            /** @example The trust has joined the regional programme instead */
            reason: string;
        };
        RoleGrant: {
            /** Format: uuid */
            id: string;
            /** @example urn:qms:platform */
            issuer: string;
            /** @example jane.doe@barts.example */
            subject: string;
            displayName: string | null;
            /** @enum {string} */
            role: "platform_admin" | "tenant_admin" | "measure_steward" | "submitter" | "viewer" | "inspector" | "analyst";
            grantedBy: string;
            /** Format: date-time */
            revokedAt: string | null;
            revokedBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateRoleGrant: {
            /** @description The identity provider that vouches for the subject; the platform issuer by default */
            issuer?: string;
            /** @example jane.doe@barts.example */
            subject: string;
            /** @example Jane Doe */
            displayName?: string;
            /**
             * @example viewer
             * @enum {string}
             */
            role: "platform_admin" | "tenant_admin" | "measure_steward" | "submitter" | "viewer" | "inspector" | "analyst";
        };
        RoleGrantPage: {
            items: components["schemas"]["RoleGrant"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ApiClientWithSecret: components["schemas"]["ApiClient"] & {
            /**
             * @description Shown only in this response; store it now
             * @example qmss_…
             */
            clientSecret: string;
        };
        ApiClient: {
            /** Format: uuid */
            id: string;
            /** @example qmsc_3f9a1c2b7d4e5f60a1b2c3d4 */
            clientId: string;
            name: string;
            roles: string[];
            scopes: string[];
            /** @enum {string} */
            status: "active" | "revoked";
            /**
             * @description The last four characters of the current secret
             * @example x9Qa
             */
            secretHint: string;
            /** Format: date-time */
            secretRotatedAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateApiClient: {
            /** @example Patient administration system feed */
            name: string;
            /**
             * @example [
             *       "submitter"
             *     ]
             */
            roles: ("tenant_admin" | "measure_steward" | "submitter" | "viewer" | "inspector" | "analyst")[];
            /**
             * @description Narrows the roles’ scopes; all of them by default
             * @example [
             *       "observations:write",
             *       "tenancy:read"
             *     ]
             */
            scopes?: ("tenancy:read" | "tenancy:write" | "audit:read" | "measures:read" | "measures:write" | "observations:write" | "assurance:read" | "assurance:write" | "benchmarking:read" | "benchmarking:write" | "statistics:run")[];
        };
        ApiClientPage: {
            items: components["schemas"]["ApiClient"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            actorType: "person" | "client" | "system";
            /** @example urn:qms:platform|tenant-admin@barts-health */
            actorId: string;
            /** @example api_client.revoked */
            action: string;
            /** @example api_client */
            targetType: string;
            targetId: string;
            requestId: string;
            /** @description SHA-256 of the canonical JSON of the change */
            changeHash: string;
        };
        SpcResponse: {
            /** @description Engine that produced the result, so a published icon can be explained later. */
            engine: {
                /** @enum {string} */
                name: "qms-spc";
                version: string;
            };
            /** @enum {string} */
            ruleFamily: "mdc" | "anhoej";
            /** @enum {string} */
            chart: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
            /** @description Every option in force, defaults filled in. */
            options: {
                /** @enum {string} */
                improvementDirection: "increase" | "decrease" | "neutral";
                target: number | null;
                baselineLength: number | null;
                recalculateAt: string[];
                screenMovingRanges: boolean;
                runLength: 6 | 7;
                twoOfThreeIncludesBeyondLimits: boolean;
                minimumPointsForIcons: number;
                multiplier: number;
                exclude: string[];
            };
            points: components["schemas"]["SpcPointResult"][];
            phases: components["schemas"]["SpcPhaseResult"][];
            runsAnalysis: components["schemas"]["SpcRunsAnalysis"][];
            /** @enum {string|null} */
            variationIcon: "commonCause" | "improvementHigh" | "improvementLow" | "concernHigh" | "concernLow" | "neutralHigh" | "neutralLow" | null;
            /** @enum {string|null} */
            assuranceIcon: "consistentlyPassing" | "consistentlyFailing" | "hitAndMiss" | null;
            warnings: {
                /** @enum {string} */
                code: "shortPhase" | "shortSeries" | "missingValues" | "missingDenominators" | "zeroDenominators" | "noLimits" | "lastPointMissing";
                message: string;
                /** @description JSON pointer into the request. */
                pointer?: string;
            }[];
        };
        SpcPointResult: {
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2016-04-01
             */
            period: string;
            /** @description Position of this point in the request (results are in period order). */
            inputIndex: number;
            /** @description Plotted value (rate for ratio charts, moving range for mr) times multiplier; null if missing. */
            value: number | null;
            phase: number;
            /** @description Whether the point took part in its phase centre and limits. */
            baseline: boolean;
            /** @description Centre line. */
            centre: number | null;
            /** @description Lower process (3-sigma) limit. */
            lowerProcessLimit: number | null;
            /** @description Upper process (3-sigma) limit. */
            upperProcessLimit: number | null;
            /** @description Lower 2-sigma line, where defined. */
            lowerTwoSigma: number | null;
            /** @description Upper 2-sigma line, where defined. */
            upperTwoSigma: number | null;
            /** @description Rules that fired, in precedence order. */
            specialCauses: ("beyondLimits" | "trend" | "twoOfThree" | "shift" | "fewCrossings")[];
            /** @enum {string} */
            classification: "commonCause" | "improvement" | "concern" | "neutralHigh" | "neutralLow" | "notAssessed";
            /** @enum {string|null} */
            note: "missingValue" | "missingDenominator" | "zeroDenominator" | "excluded" | null;
        };
        SpcPhaseResult: {
            phase: number;
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2016-04-01
             */
            startPeriod: string;
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2016-04-01
             */
            endPeriod: string;
            pointCount: number;
            observedCount: number;
            baselinePointCount: number;
            /** @description Centre line of the phase. */
            centre: number | null;
            /** @description Null when limits vary point by point (u, p, pp, up) or the chart has none (run). */
            lowerProcessLimit: number | null;
            /** @description Null when limits vary point by point (u, p, pp, up) or the chart has none (run). */
            upperProcessLimit: number | null;
            /** @description Lower 2-sigma line of the phase. */
            lowerTwoSigma: number | null;
            /** @description Upper 2-sigma line of the phase. */
            upperTwoSigma: number | null;
            /** @description Mean moving range after screening (xmr, i, t; pp/up: of z-scores). */
            meanMovingRange: number | null;
            movingRangesScreenedOut: number;
        };
        /** @description Anhøj runs analysis of a phase (informational for mdc). */
        SpcRunsAnalysis: {
            phase: number;
            usefulObservations: number;
            longestRun: number | null;
            longestRunMax: number | null;
            crossings: number | null;
            crossingsMin: number | null;
            signal: boolean;
        };
        /**
         * @description A series and the SPC options to analyse it with.
         * @example {
         *       "ruleFamily": "mdc",
         *       "chart": "xmr",
         *       "improvementDirection": "increase",
         *       "target": 0.95,
         *       "points": [
         *         {
         *           "period": "2016-04-01",
         *           "numerator": 22297,
         *           "denominator": 27396
         *         },
         *         {
         *           "period": "2016-05-01",
         *           "numerator": 24031,
         *           "denominator": 29397
         *         },
         *         {
         *           "period": "2016-06-01",
         *           "numerator": 22948,
         *           "denominator": 28180
         *         },
         *         {
         *           "period": "2016-07-01",
         *           "numerator": 24743,
         *           "denominator": 29016
         *         },
         *         {
         *           "period": "2016-08-01",
         *           "numerator": 23228,
         *           "denominator": 27117
         *         },
         *         {
         *           "period": "2016-09-01",
         *           "numerator": 24978,
         *           "denominator": 28857
         *         },
         *         {
         *           "period": "2016-10-01",
         *           "numerator": 24184,
         *           "denominator": 29209
         *         },
         *         {
         *           "period": "2016-11-01",
         *           "numerator": 23545,
         *           "denominator": 28843
         *         },
         *         {
         *           "period": "2016-12-01",
         *           "numerator": 22224,
         *           "denominator": 29522
         *         },
         *         {
         *           "period": "2017-01-01",
         *           "numerator": 20994,
         *           "denominator": 28420
         *         },
         *         {
         *           "period": "2017-02-01",
         *           "numerator": 19769,
         *           "denominator": 25955
         *         },
         *         {
         *           "period": "2017-03-01",
         *           "numerator": 24308,
         *           "denominator": 30210
         *         },
         *         {
         *           "period": "2017-04-01",
         *           "numerator": 21709,
         *           "denominator": 27834
         *         },
         *         {
         *           "period": "2017-05-01",
         *           "numerator": 23540,
         *           "denominator": 29615
         *         },
         *         {
         *           "period": "2017-06-01",
         *           "numerator": 23977,
         *           "denominator": 28006
         *         }
         *       ]
         *     }
         */
        SpcRequest: {
            /**
             * @description mdc: Making Data Count (NHSRplotthedots 0.2.2); anhoej: qicharts2 0.8.1 (Anhøj rules)
             * @example mdc
             * @enum {string}
             */
            ruleFamily: "mdc" | "anhoej";
            /**
             * @description mdc: xmr (the default). anhoej: run, i, mr, c, u, p, pp, up, g or t (required).
             * @example xmr
             * @enum {string}
             */
            chart?: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
            /**
             * @description Which way is better. Default increase for mdc, neutral for anhoej.
             * @example increase
             * @enum {string}
             */
            improvementDirection?: "increase" | "decrease" | "neutral";
            /**
             * @description Target in displayed units (after multiplier), for the assurance icon.
             * @example 0.95
             */
            target?: number | null;
            /**
             * @description Fix limits on the first N periods of each phase (mdc: N >= 12; qicharts2 freeze).
             * @example 12
             */
            baselineLength?: number;
            /**
             * @description Periods at which a new phase (recalculation / qicharts2 part) starts.
             * @example [
             *       "2017-04-01"
             *     ]
             */
            recalculateAt?: string[];
            /**
             * @description Drop moving ranges >= 3.267 x mean once (default true; false reproduces the MDC Excel tool).
             * @example true
             */
            screenMovingRanges?: boolean;
            /**
             * @description mdc trend and shift length (default 7).
             * @example 7
             */
            runLength?: 6 | 7;
            /**
             * @description mdc 2-of-3 rule also counts points beyond the process limits (later MDC tools). Default false.
             * @example false
             */
            twoOfThreeIncludesBeyondLimits?: boolean;
            /**
             * @description Icons are withheld below this many observed points (default 13, as MDC tools).
             * @example 13
             */
            minimumPointsForIcons?: number;
            /**
             * @description Display multiplier, e.g. 100 for per cent or 1000 per 1000 (default 1).
             * @example 1
             */
            multiplier?: number;
            /**
             * @description anhoej only: periods left out of centre, limits and runs analysis (qicharts2 exclude).
             * @example []
             */
            exclude?: string[];
            /** @description The series: up to 10000 points, one per period. */
            points: components["schemas"]["SpcPointInput"][];
        };
        SpcPointInput: {
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2016-04-01
             */
            period: string;
            /**
             * @description The measured value (xmr, run, i, mr, c, g, t). Null or absent: missing.
             * @example 0.8139
             */
            value?: number | null;
            /**
             * @description Count of events (u, p, pp, up; or an xmr rate numerator). Null: missing.
             * @example 22297
             */
            numerator?: number | null;
            /**
             * @description Subgroup size or exposure. Zero or null: the point gets no value or limits.
             * @example 27396
             */
            denominator?: number | null;
        };
        Measure: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            code: string;
            /** @description Every version, by number */
            versions: components["schemas"]["MeasureVersionSummary"][];
            active: components["schemas"]["MeasureVersion"];
            draft: components["schemas"]["MeasureVersion"] & unknown;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000e101",
         *       "version": 2,
         *       "status": "active",
         *       "title": "Patients in A&E under 4 hours",
         *       "kind": "outcome",
         *       "valueType": "proportion",
         *       "periodicity": "month",
         *       "improvementDirection": "increase",
         *       "domains": [
         *         "timely"
         *       ],
         *       "activatedAt": "2024-04-01T09:00:00.000Z",
         *       "retiredAt": null,
         *       "etag": "\"6f1d0c2a9b8e7f6a5d4c3b2a1f0\""
         *     }
         */
        MeasureVersionSummary: {
            /** Format: uuid */
            id: string;
            version: number;
            /**
             * @example active
             * @enum {string}
             */
            status: "draft" | "active" | "retired";
            title: string;
            /** @enum {string} */
            kind: "outcome" | "process" | "balancing" | "structure";
            /** @enum {string} */
            valueType: "proportion" | "rate" | "count" | "ratio" | "continuous";
            /** @enum {string} */
            periodicity: "week" | "month" | "quarter";
            /** @enum {string} */
            improvementDirection: "increase" | "decrease" | "neutral";
            domains: ("safe" | "effective" | "person_centred" | "timely" | "efficient" | "equitable")[];
            /** Format: date-time */
            activatedAt: string | null;
            /** Format: date-time */
            retiredAt: string | null;
            /**
             * @description The version’s ETag: send it as If-Match to edit, activate or retire the version
             * @example "6f1d0c2a9b8e7f6a5d4c3b2a1f0"
             */
            etag: string;
        };
        /**
         * @description The active version in full
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000e101",
         *       "measureId": "0193b6f2-0000-7000-8000-00000000e001",
         *       "ownerOrganisationId": "0193b6f2-0000-7000-8000-00000000a000",
         *       "version": 2,
         *       "status": "active",
         *       "description": "Share of A&E attendances completed within 4 hours.",
         *       "rationale": "Long waits in A&E harm patients.",
         *       "title": "Patients in A&E under 4 hours",
         *       "kind": "outcome",
         *       "valueType": "proportion",
         *       "multiplier": 100,
         *       "numeratorDefinition": "Attendances completed within 4 hours",
         *       "denominatorDefinition": "All A&E attendances",
         *       "unit": "%",
         *       "periodicity": "month",
         *       "improvementDirection": "increase",
         *       "targets": [
         *         {
         *           "from": "2024-04-01",
         *           "value": 78
         *         }
         *       ],
         *       "defaultChart": "xmr",
         *       "ruleFamily": "mdc",
         *       "dataQualityRules": {
         *         "plausibleMin": 0,
         *         "plausibleMax": 100,
         *         "denominatorRequired": true,
         *         "submissionDeadlineDays": 15
         *       },
         *       "domains": [
         *         "timely"
         *       ],
         *       "owner": "Director of Urgent Care",
         *       "benchmarking": {
         *         "dataType": "proportion",
         *         "limitMethod": "exact",
         *         "overdispersion": {
         *           "adjustment": "additive"
         *         }
         *       },
         *       "activatedAt": "2024-04-01T09:00:00.000Z",
         *       "retiredAt": null,
         *       "createdAt": "2024-03-20T09:00:00.000Z",
         *       "updatedAt": "2024-04-01T09:00:00.000Z"
         *     }
         */
        MeasureVersion: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            measureId: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            /** @description Numbered 1, 2, ... per measure */
            version: number;
            /**
             * @example active
             * @enum {string}
             */
            status: "draft" | "active" | "retired";
            title: string;
            description: string;
            rationale: string;
            /** @enum {string} */
            kind: "outcome" | "process" | "balancing" | "structure";
            /** @enum {string} */
            valueType: "proportion" | "rate" | "count" | "ratio" | "continuous";
            multiplier: number;
            numeratorDefinition: string;
            denominatorDefinition: string;
            unit: string;
            /** @enum {string} */
            periodicity: "week" | "month" | "quarter";
            /** @enum {string} */
            improvementDirection: "increase" | "decrease" | "neutral";
            targets: components["schemas"]["MeasureTarget"][];
            defaultChart: string;
            /** @enum {string} */
            ruleFamily: "mdc" | "anhoej";
            dataQualityRules: components["schemas"]["DataQualityRules"];
            domains: ("safe" | "effective" | "person_centred" | "timely" | "efficient" | "equitable")[];
            owner: string;
            benchmarking: components["schemas"]["BenchmarkingSettings"];
            /** Format: date-time */
            activatedAt: string | null;
            /** Format: date-time */
            retiredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        } | null;
        MeasureTarget: {
            /**
             * Format: date
             * @description First period the target applies to
             * @example 2024-04-01
             */
            from: string;
            /**
             * Format: date
             * @description Last day it applies; open-ended when absent
             */
            to?: string;
            /**
             * @description In display units (× multiplier)
             * @example 78
             */
            value: number;
        };
        DataQualityRules: {
            /** @example 0 */
            plausibleMin?: number;
            /** @example 100 */
            plausibleMax?: number;
            /** @example true */
            denominatorRequired?: boolean;
            /**
             * @description Days after the end of a period by which its data is due
             * @example 15
             */
            submissionDeadlineDays?: number;
        };
        BenchmarkingSettings: {
            /**
             * @example proportion
             * @enum {string}
             */
            dataType?: "proportion" | "ratio" | "rate";
            /**
             * @example exact
             * @enum {string}
             */
            limitMethod?: "exact" | "funnelplotr" | "normal" | "wilson";
            /**
             * @example arcsine
             * @enum {string}
             */
            zScoreScale?: "log" | "sqrt" | "arcsine";
            /**
             * @example [
             *       0.95,
             *       0.998
             *     ]
             */
            limitLevels?: number[];
            /** @example 0.95 */
            alertLevel?: number;
            /** @example 0.998 */
            alarmLevel?: number;
            overdispersion?: {
                /**
                 * @example additive
                 * @enum {string}
                 */
                adjustment?: "none" | "multiplicative" | "additive";
                /**
                 * @example winsorised
                 * @enum {string}
                 */
                estimator?: "winsorised" | "truncated";
                /** @example 0.1 */
                trim?: number;
                /**
                 * @example inflate
                 * @enum {string}
                 */
                adjustedLimits?: "inflate" | "normal";
            };
        };
        /**
         * @example {
         *       "code": "ED-4H",
         *       "title": "Patients in A&E under 4 hours",
         *       "kind": "outcome",
         *       "valueType": "proportion",
         *       "multiplier": 100,
         *       "numeratorDefinition": "Attendances completed within 4 hours",
         *       "denominatorDefinition": "All A&E attendances",
         *       "unit": "%",
         *       "periodicity": "month",
         *       "improvementDirection": "increase",
         *       "targets": [
         *         {
         *           "from": "2024-04-01",
         *           "value": 78
         *         }
         *       ],
         *       "defaultChart": "xmr",
         *       "ruleFamily": "mdc",
         *       "dataQualityRules": {
         *         "plausibleMin": 0,
         *         "plausibleMax": 100,
         *         "denominatorRequired": true,
         *         "submissionDeadlineDays": 15
         *       },
         *       "domains": [
         *         "timely"
         *       ],
         *       "owner": "Director of Urgent Care",
         *       "benchmarking": {
         *         "dataType": "proportion",
         *         "limitMethod": "exact",
         *         "overdispersion": {
         *           "adjustment": "additive"
         *         }
         *       }
         *     }
         */
        CreateMeasure: {
            /**
             * @description Unique among the owner’s measures
             * @example ED-4H
             */
            code: string;
            /** @example Patients in A&E under 4 hours */
            title: string;
            /**
             * @example outcome
             * @enum {string}
             */
            kind: "outcome" | "process" | "balancing" | "structure";
            /**
             * @example proportion
             * @enum {string}
             */
            valueType: "proportion" | "rate" | "count" | "ratio" | "continuous";
            /**
             * @example month
             * @enum {string}
             */
            periodicity: "week" | "month" | "quarter";
            /**
             * @example increase
             * @enum {string}
             */
            improvementDirection: "increase" | "decrease" | "neutral";
            /** @example Share of A&E attendances completed within 4 hours. */
            description?: string;
            /** @example Long waits in A&E harm patients. */
            rationale?: string;
            /**
             * @description Display multiplier for rates, ratios and proportions (100 for per cent)
             * @default 1
             * @example 100
             */
            multiplier: number;
            /** @example Attendances completed within 4 hours */
            numeratorDefinition?: string;
            /** @example All A&E attendances */
            denominatorDefinition?: string;
            /** @example % */
            unit?: string;
            /**
             * @description Effective-dated, non-overlapping
             * @example [
             *       {
             *         "from": "2024-04-01",
             *         "value": 78
             *       }
             *     ]
             */
            targets?: components["schemas"]["MeasureTarget"][];
            /**
             * @description xmr with the mdc rule family; run, i, mr, c, u, p, pp, up, g or t with anhoej. Must suit the value type.
             * @default xmr
             * @example xmr
             * @enum {string}
             */
            defaultChart: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
            /**
             * @default mdc
             * @example mdc
             * @enum {string}
             */
            ruleFamily: "mdc" | "anhoej";
            dataQualityRules?: components["schemas"]["DataQualityRules"];
            /**
             * @example [
             *       "timely",
             *       "safe"
             *     ]
             */
            domains?: ("safe" | "effective" | "person_centred" | "timely" | "efficient" | "equitable")[];
            /**
             * @description Who owns the measure (free text)
             * @example Director of Urgent Care
             */
            owner?: string;
            benchmarking?: components["schemas"]["BenchmarkingSettings"];
        };
        MeasurePage: {
            items: components["schemas"]["MeasureSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        MeasureSummary: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The organisation that owns the measure
             */
            ownerOrganisationId: string;
            code: string;
            current: components["schemas"]["MeasureVersionSummary"] & unknown;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "targets": [
         *         {
         *           "from": "2024-04-01",
         *           "to": "2025-03-31",
         *           "value": 76
         *         },
         *         {
         *           "from": "2025-04-01",
         *           "value": 78
         *         }
         *       ]
         *     }
         */
        MeasureDefinitionChange: {
            /** @example Patients in A&E under 4 hours */
            title?: string;
            /** @example Share of A&E attendances completed within 4 hours. */
            description?: string;
            /** @example Long waits in A&E harm patients. */
            rationale?: string;
            /**
             * @example outcome
             * @enum {string}
             */
            kind?: "outcome" | "process" | "balancing" | "structure";
            /**
             * @example proportion
             * @enum {string}
             */
            valueType?: "proportion" | "rate" | "count" | "ratio" | "continuous";
            /**
             * @description Display multiplier for rates, ratios and proportions (100 for per cent)
             * @example 100
             */
            multiplier?: number;
            /** @example Attendances completed within 4 hours */
            numeratorDefinition?: string;
            /** @example All A&E attendances */
            denominatorDefinition?: string;
            /** @example % */
            unit?: string;
            /**
             * @example month
             * @enum {string}
             */
            periodicity?: "week" | "month" | "quarter";
            /**
             * @example increase
             * @enum {string}
             */
            improvementDirection?: "increase" | "decrease" | "neutral";
            /**
             * @description Effective-dated, non-overlapping
             * @example [
             *       {
             *         "from": "2024-04-01",
             *         "value": 78
             *       }
             *     ]
             */
            targets?: components["schemas"]["MeasureTarget"][];
            /**
             * @description xmr with the mdc rule family; run, i, mr, c, u, p, pp, up, g or t with anhoej. Must suit the value type.
             * @example xmr
             * @enum {string}
             */
            defaultChart?: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
            /**
             * @example mdc
             * @enum {string}
             */
            ruleFamily?: "mdc" | "anhoej";
            dataQualityRules?: components["schemas"]["DataQualityRules"];
            /**
             * @example [
             *       "timely",
             *       "safe"
             *     ]
             */
            domains?: ("safe" | "effective" | "person_centred" | "timely" | "efficient" | "equitable")[];
            /**
             * @description Who owns the measure (free text)
             * @example Director of Urgent Care
             */
            owner?: string;
            benchmarking?: components["schemas"]["BenchmarkingSettings"];
        };
        /**
         * @example {
         *       "title": "Patients in A&E for under 4 hours"
         *     }
         */
        UpdateMeasureDraft: {
            /** @example Patients in A&E under 4 hours */
            title?: string;
            /** @example Share of A&E attendances completed within 4 hours. */
            description?: string;
            /** @example Long waits in A&E harm patients. */
            rationale?: string;
            /**
             * @example outcome
             * @enum {string}
             */
            kind?: "outcome" | "process" | "balancing" | "structure";
            /**
             * @example proportion
             * @enum {string}
             */
            valueType?: "proportion" | "rate" | "count" | "ratio" | "continuous";
            /**
             * @description Display multiplier for rates, ratios and proportions (100 for per cent)
             * @example 100
             */
            multiplier?: number;
            /** @example Attendances completed within 4 hours */
            numeratorDefinition?: string;
            /** @example All A&E attendances */
            denominatorDefinition?: string;
            /** @example % */
            unit?: string;
            /**
             * @example month
             * @enum {string}
             */
            periodicity?: "week" | "month" | "quarter";
            /**
             * @example increase
             * @enum {string}
             */
            improvementDirection?: "increase" | "decrease" | "neutral";
            /**
             * @description Effective-dated, non-overlapping
             * @example [
             *       {
             *         "from": "2024-04-01",
             *         "value": 78
             *       }
             *     ]
             */
            targets?: components["schemas"]["MeasureTarget"][];
            /**
             * @description xmr with the mdc rule family; run, i, mr, c, u, p, pp, up, g or t with anhoej. Must suit the value type.
             * @example xmr
             * @enum {string}
             */
            defaultChart?: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
            /**
             * @example mdc
             * @enum {string}
             */
            ruleFamily?: "mdc" | "anhoej";
            dataQualityRules?: components["schemas"]["DataQualityRules"];
            /**
             * @example [
             *       "timely",
             *       "safe"
             *     ]
             */
            domains?: ("safe" | "effective" | "person_centred" | "timely" | "efficient" | "equitable")[];
            /**
             * @description Who owns the measure (free text)
             * @example Director of Urgent Care
             */
            owner?: string;
            benchmarking?: components["schemas"]["BenchmarkingSettings"];
        };
        /**
         * @example {
         *       "programmeId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "measureId": "0193b6f2-0000-7000-8000-00000000e001",
         *       "ownerOrganisationId": "0193b6f2-0000-7000-8000-00000000a000",
         *       "code": "ED-4H",
         *       "status": "published",
         *       "publishedAt": "2024-04-01T09:00:00.000Z",
         *       "withdrawnAt": null,
         *       "active": {
         *         "id": "0193b6f2-0000-7000-8000-00000000e002",
         *         "version": 2,
         *         "status": "active",
         *         "title": "Patients in A&E under 4 hours",
         *         "kind": "outcome",
         *         "valueType": "proportion",
         *         "periodicity": "month",
         *         "improvementDirection": "increase",
         *         "domains": [
         *           "timely"
         *         ],
         *         "activatedAt": "2024-04-01T09:00:00.000Z",
         *         "retiredAt": null,
         *         "etag": "\"6f1d0c2a9b8e7f6a5d4c3b2a1f0\""
         *       }
         *     }
         */
        ProgrammeMeasure: {
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            measureId: string;
            /**
             * Format: uuid
             * @description The programme’s (and the measure’s) owner
             */
            ownerOrganisationId: string;
            code: string;
            /** @enum {string} */
            status: "published" | "withdrawn";
            /** Format: date-time */
            publishedAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            active: components["schemas"]["MeasureVersionSummary"] & (Record<string, never> | null);
        };
        /**
         * @example {
         *       "measureId": "0193b6f2-0000-7000-8000-00000000e001"
         *     }
         */
        PublishMeasure: {
            /**
             * Format: uuid
             * @description One of the programme owner’s own measures, with an active version
             */
            measureId: string;
        };
        ProgrammeMeasurePage: {
            items: components["schemas"]["ProgrammeMeasure"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000f001",
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "measureId": "0193b6f2-0000-7000-8000-00000000e001",
         *       "measureOwnerOrganisationId": "0193b6f2-0000-7000-8000-00000000a000",
         *       "ownerUnitId": "0193b6f2-0000-7000-8000-00000000b003",
         *       "localOwner": "ED clinical lead",
         *       "localTarget": 80,
         *       "status": "active",
         *       "createdAt": "2024-04-02T09:00:00.000Z",
         *       "updatedAt": "2024-04-02T09:00:00.000Z"
         *     }
         */
        Adoption: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The adopting organisation
             */
            organisationId: string;
            /** Format: uuid */
            measureId: string;
            /** Format: uuid */
            measureOwnerOrganisationId: string;
            /** Format: uuid */
            ownerUnitId: string | null;
            localOwner: string;
            localTarget: number | null;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "ended";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "measureId": "0193b6f2-0000-7000-8000-00000000e001",
         *       "ownerUnitId": "0193b6f2-0000-7000-8000-00000000b003",
         *       "localOwner": "ED clinical lead",
         *       "localTarget": 80
         *     }
         */
        CreateAdoption: {
            /**
             * Format: uuid
             * @description A measure published to a programme the caller is enrolled in
             */
            measureId: string;
            /**
             * Format: uuid
             * @description The unit of the caller’s organisation that owns the measure locally
             * @example 0193b6f2-0000-7000-8000-00000000b003
             */
            ownerUnitId?: string | null;
            /**
             * @description Who owns it locally
             * @example ED clinical lead
             */
            localOwner?: string;
            /**
             * @description A local target in display units; null for none
             * @example 80
             */
            localTarget?: number | null;
        };
        AdoptionPage: {
            items: components["schemas"]["Adoption"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "localTarget": 82
         *     }
         */
        UpdateAdoption: {
            /**
             * Format: uuid
             * @description The unit of the caller’s organisation that owns the measure locally
             * @example 0193b6f2-0000-7000-8000-00000000b003
             */
            ownerUnitId?: string | null;
            /**
             * @description Who owns it locally
             * @example ED clinical lead
             */
            localOwner?: string;
            /**
             * @description A local target in display units; null for none
             * @example 80
             */
            localTarget?: number | null;
            /**
             * @description `ended` ends the adoption for good
             * @enum {string}
             */
            status?: "ended";
        };
        MeasureSet: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            code: string;
            name: string;
            description: string;
            /** Format: uuid */
            programmeId: string | null;
            alignment: components["schemas"]["MeasureSetAlignment"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description In position order */
            items: components["schemas"]["MeasureSetItem"][];
        };
        /**
         * @example {
         *       "measures": 4,
         *       "byUse": {
         *         "quality_control": 4,
         *         "assurance": 3,
         *         "improvement": 2
         *       },
         *       "multiUse": 3,
         *       "multiUseShare": 0.75,
         *       "allUses": 2
         *     }
         */
        MeasureSetAlignment: {
            measures: number;
            byUse: {
                quality_control: number;
                assurance: number;
                improvement: number;
            };
            /** @description Measures used for more than one purpose */
            multiUse: number;
            /** @description multiUse / measures (0 to 1) */
            multiUseShare: number;
            /** @description Measures used for quality control, assurance and improvement */
            allUses: number;
        };
        MeasureSetItem: {
            /** Format: uuid */
            measureId: string;
            /** Format: uuid */
            measureOwnerOrganisationId: string;
            position: number;
            uses: ("quality_control" | "assurance" | "improvement")[];
            measure: components["schemas"]["MeasureSummary"] & (Record<string, never> | null);
        };
        /**
         * @example {
         *       "code": "UEC-BOARD",
         *       "name": "Urgent care board measures",
         *       "programmeId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "items": [
         *         {
         *           "measureId": "0193b6f2-0000-7000-8000-00000000e001",
         *           "uses": [
         *             "quality_control",
         *             "assurance"
         *           ]
         *         }
         *       ]
         *     }
         */
        CreateMeasureSet: {
            /**
             * @description Unique among the owner’s sets
             * @example UEC-BOARD
             */
            code: string;
            /** @example Urgent care board measures */
            name: string;
            /** @example The handful of measures the board watches. */
            description?: string;
            /**
             * Format: uuid
             * @description One of the caller’s own programmes: its members then see the set
             * @example 0193b6f2-0000-7000-8000-00000000c001
             */
            programmeId?: string;
            /** @description In display order; each measure once */
            items: components["schemas"]["MeasureSetItemInput"][];
        };
        MeasureSetItemInput: {
            /**
             * Format: uuid
             * @description A measure visible to the caller
             * @example 0193b6f2-0000-7000-8000-00000000e001
             */
            measureId: string;
            /**
             * @example [
             *       "quality_control",
             *       "assurance"
             *     ]
             */
            uses: ("quality_control" | "assurance" | "improvement")[];
        };
        MeasureSetPage: {
            items: components["schemas"]["MeasureSetSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        MeasureSetSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            code: string;
            name: string;
            description: string;
            /** Format: uuid */
            programmeId: string | null;
            alignment: components["schemas"]["MeasureSetAlignment"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "name": "Urgent care board measures (2025)"
         *     }
         */
        UpdateMeasureSet: {
            /** @example Urgent care board measures */
            name?: string;
            /** @example The handful of measures the board watches. */
            description?: string;
            /** @description Replaces every item, in the order given */
            items?: components["schemas"]["MeasureSetItemInput"][];
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000f201",
         *       "ownerOrganisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "fromMeasureId": "0193b6f2-0000-7000-8000-00000000e002",
         *       "toMeasureId": "0193b6f2-0000-7000-8000-00000000e001",
         *       "toMeasureOwnerOrganisationId": "0193b6f2-0000-7000-8000-00000000a000",
         *       "kind": "contributes_to",
         *       "createdAt": "2024-04-02T09:00:00.000Z"
         *     }
         */
        MeasureLink: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Owner of the link and of its from measure
             */
            ownerOrganisationId: string;
            /** Format: uuid */
            fromMeasureId: string;
            /** Format: uuid */
            toMeasureId: string;
            /** Format: uuid */
            toMeasureOwnerOrganisationId: string;
            /**
             * @description `contributes_to`: the from measure feeds the to measure (the golden thread, kept free of loops); `balancing`: the from measure watches for harm from improving the to measure
             * @example contributes_to
             * @enum {string}
             */
            kind: "contributes_to" | "balancing";
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @example {
         *       "fromMeasureId": "0193b6f2-0000-7000-8000-00000000e002",
         *       "toMeasureId": "0193b6f2-0000-7000-8000-00000000e001",
         *       "kind": "contributes_to"
         *     }
         */
        CreateMeasureLink: {
            /**
             * Format: uuid
             * @description One of the caller’s own measures
             * @example 0193b6f2-0000-7000-8000-00000000e002
             */
            fromMeasureId: string;
            /**
             * Format: uuid
             * @description Any measure visible to the caller
             * @example 0193b6f2-0000-7000-8000-00000000e001
             */
            toMeasureId: string;
            /**
             * @description `contributes_to`: the from measure feeds the to measure (the golden thread, kept free of loops); `balancing`: the from measure watches for harm from improving the to measure
             * @example contributes_to
             * @enum {string}
             */
            kind: "contributes_to" | "balancing";
        };
        MeasureLinkPage: {
            items: components["schemas"]["MeasureLink"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "submissionId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "outcome": "partially_accepted",
         *       "dryRun": false,
         *       "mode": "partial",
         *       "format": "csv",
         *       "received": 3,
         *       "created": 1,
         *       "revised": 1,
         *       "unchanged": 0,
         *       "rejected": 1,
         *       "rejections": [
         *         {
         *           "row": 3,
         *           "field": "period",
         *           "reason": "a monthly period starts on the 1st of the month"
         *         }
         *       ],
         *       "rejectionsTruncated": 0,
         *       "warnings": [
         *         {
         *           "row": 2,
         *           "kind": "late",
         *           "message": "received after the submission deadline 2024-05-15"
         *         }
         *       ],
         *       "warningsTruncated": 0,
         *       "receivedAt": "2024-06-03T10:00:00.000Z"
         *     }
         */
        SubmissionSummary: {
            /**
             * Format: uuid
             * @description Null for a dry run or a rejected batch: nothing was stored
             */
            submissionId: string | null;
            /**
             * @description `validated` for a dry run
             * @example accepted
             * @enum {string}
             */
            outcome: "accepted" | "partially_accepted" | "rejected" | "validated";
            dryRun: boolean;
            /** @enum {string} */
            mode: "all_or_nothing" | "partial";
            /** @enum {string} */
            format: "json" | "csv";
            /** @description Data rows received */
            received: number;
            /** @description New observations (revision 1) */
            created: number;
            /** @description New revisions of existing observations */
            revised: number;
            /** @description Rows identical to the current observation */
            unchanged: number;
            /** @description Rows refused (with at least one rejection) */
            rejected: number;
            /** @description The first 1000 rejections */
            rejections: components["schemas"]["SubmissionRejection"][];
            /** @description Rejections not listed */
            rejectionsTruncated: number;
            /** @description The first 1000 warnings */
            warnings: components["schemas"]["SubmissionWarning"][];
            warningsTruncated: number;
            /** Format: date-time */
            receivedAt: string;
        };
        SubmissionRejection: {
            /**
             * @description 1-based data row number (the CSV header is not counted)
             * @example 3
             */
            row: number;
            /** @example period */
            field: string;
            /** @example a monthly period starts on the 1st of the month */
            reason: string;
        };
        SubmissionWarning: {
            /** @example 7 */
            row: number;
            /** @enum {string} */
            kind: "late" | "beyond_limits" | "provisional";
            /** @example received after the submission deadline 2024-05-15 */
            message: string;
        };
        SubmissionRejectedProblem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                pointer: string;
                detail: string;
            }[];
            summary?: components["schemas"]["SubmissionSummary"];
        };
        /**
         * @example {
         *       "rows": [
         *         {
         *           "measureId": "0193b6f2-0000-7000-8000-00000000d001",
         *           "unitId": "0193b6f2-0000-7000-8000-00000000b003",
         *           "period": "2024-04-01",
         *           "numerator": 45,
         *           "denominator": 50,
         *           "status": "final"
         *         }
         *       ]
         *     }
         */
        SubmissionBody: {
            rows: components["schemas"]["SubmissionRow"][];
        };
        SubmissionRow: {
            /**
             * @description A measure the organisation reports
             * @example 0193b6f2-0000-7000-8000-00000000d001
             */
            measureId: string;
            /**
             * @description A unit of the organisation; omit or null for the whole organisation
             * @example 0193b6f2-0000-7000-8000-00000000b003
             */
            unitId?: string | null;
            /**
             * @description First day of the period (YYYY-MM-DD), aligned to the measure’s periodicity
             * @example 2024-04-01
             */
            period: string;
            /**
             * @description proportion, rate: the count of events (an integer); ratio: the observed count
             * @example 45
             */
            numerator?: number | null;
            /**
             * @description proportion: the population (integer > 0); rate: the exposure (> 0)
             * @example 50
             */
            denominator?: number | null;
            /** @description count (a non-negative integer) or continuous (finite) measures */
            value?: number | null;
            /** @description ratio: the expected count (> 0) */
            expected?: number | null;
            /**
             * @description `provisional` or `final`
             * @example final
             */
            status: string;
        };
        SubmissionPage: {
            items: components["schemas"]["Submission"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000c001",
         *       "format": "csv",
         *       "mode": "partial",
         *       "outcome": "partially_accepted",
         *       "received": 3,
         *       "created": 1,
         *       "revised": 1,
         *       "unchanged": 0,
         *       "rejected": 1,
         *       "contentType": "text/csv",
         *       "payloadBytes": 412,
         *       "submittedBy": "https://qms.example|submitter@barts-health",
         *       "createdAt": "2024-06-03T10:00:00.000Z"
         *     }
         */
        Submission: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            format: "json" | "csv";
            /** @enum {string} */
            mode: "all_or_nothing" | "partial";
            /**
             * @description `validated` for a dry run
             * @example accepted
             * @enum {string}
             */
            outcome: "accepted" | "partially_accepted" | "rejected" | "validated";
            received: number;
            created: number;
            revised: number;
            unchanged: number;
            rejected: number;
            /**
             * @description Media type of the raw payload
             * @example text/csv
             */
            contentType: string;
            payloadBytes: number;
            /** @example https://qms.example|submitter@barts-health */
            submittedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000c001",
         *       "format": "csv",
         *       "mode": "partial",
         *       "outcome": "partially_accepted",
         *       "received": 3,
         *       "created": 1,
         *       "revised": 1,
         *       "unchanged": 0,
         *       "rejected": 1,
         *       "contentType": "text/csv",
         *       "payloadBytes": 412,
         *       "submittedBy": "https://qms.example|submitter@barts-health",
         *       "createdAt": "2024-06-03T10:00:00.000Z",
         *       "summary": {
         *         "submissionId": "0193b6f2-0000-7000-8000-00000000c001",
         *         "outcome": "partially_accepted",
         *         "dryRun": false,
         *         "mode": "partial",
         *         "format": "csv",
         *         "received": 3,
         *         "created": 1,
         *         "revised": 1,
         *         "unchanged": 0,
         *         "rejected": 1,
         *         "rejections": [
         *           {
         *             "row": 3,
         *             "field": "period",
         *             "reason": "a monthly period starts on the 1st of the month"
         *           }
         *         ],
         *         "rejectionsTruncated": 0,
         *         "warnings": [
         *           {
         *             "row": 2,
         *             "kind": "late",
         *             "message": "received after the submission deadline 2024-05-15"
         *           }
         *         ],
         *         "warningsTruncated": 0,
         *         "receivedAt": "2024-06-03T10:00:00.000Z"
         *       }
         *     }
         */
        SubmissionDetail: components["schemas"]["Submission"] & {
            summary: components["schemas"]["SubmissionSummary"];
        };
        ObservationHistory: {
            /** Format: uuid */
            measureId: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            unitId: string | null;
            /**
             * Format: date
             * @description First day of the period
             * @example 2024-04-01
             */
            period: string;
            /** @description Latest first */
            revisions: components["schemas"]["ObservationRevision"][];
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000e001",
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "measureId": "0193b6f2-0000-7000-8000-00000000d001",
         *       "measureVersionId": "0193b6f2-0000-7000-8000-00000000d002",
         *       "unitId": "0193b6f2-0000-7000-8000-00000000b003",
         *       "period": "2024-04-01",
         *       "revision": 1,
         *       "isCurrent": true,
         *       "numerator": 45,
         *       "denominator": 50,
         *       "value": null,
         *       "expected": null,
         *       "status": "final",
         *       "late": false,
         *       "submissionId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "submittedAt": "2024-05-03T10:00:00.000Z",
         *       "submission": {
         *         "id": "0193b6f2-0000-7000-8000-00000000c001",
         *         "format": "json",
         *         "submittedBy": "urn:qms:platform|submitter@barts-health",
         *         "createdAt": "2024-05-03T10:00:00.000Z"
         *       }
         *     }
         */
        ObservationRevision: components["schemas"]["Observation"] & {
            /** @description The submission that brought the revision; null when the caller cannot see it */
            submission: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                format: "json" | "csv";
                submittedBy: string;
                /** Format: date-time */
                createdAt: string;
            } | null;
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000e001",
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "measureId": "0193b6f2-0000-7000-8000-00000000d001",
         *       "measureVersionId": "0193b6f2-0000-7000-8000-00000000d002",
         *       "unitId": "0193b6f2-0000-7000-8000-00000000b003",
         *       "period": "2024-04-01",
         *       "revision": 1,
         *       "isCurrent": true,
         *       "numerator": 45,
         *       "denominator": 50,
         *       "value": null,
         *       "expected": null,
         *       "status": "final",
         *       "late": false,
         *       "submissionId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "submittedAt": "2024-05-03T10:00:00.000Z"
         *     }
         */
        Observation: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The reporting organisation
             */
            organisationId: string;
            /** Format: uuid */
            measureId: string;
            /**
             * Format: uuid
             * @description The measure version the value was submitted against
             */
            measureVersionId: string;
            /**
             * Format: uuid
             * @description Null for the whole organisation
             */
            unitId: string | null;
            /**
             * Format: date
             * @description First day of the period
             * @example 2024-04-01
             */
            period: string;
            /** @description 1 for the first value; each different value adds one */
            revision: number;
            /** @description The latest revision, used by default */
            isCurrent: boolean;
            numerator: number | null;
            denominator: number | null;
            value: number | null;
            expected: number | null;
            /** @enum {string} */
            status: "provisional" | "final";
            /** @description Received after the submission deadline of its period */
            late: boolean;
            /** Format: uuid */
            submissionId: string;
            /** Format: date-time */
            submittedAt: string;
        };
        ObservationPage: {
            items: components["schemas"]["Observation"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "measure": {
         *         "id": "0193b6f2-0000-7000-8000-00000000c001",
         *         "ownerOrganisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *         "code": "ae-4h-type1",
         *         "versionId": "0193b6f2-0000-7000-8000-00000000c101",
         *         "version": 1,
         *         "title": "A&E type 1: seen within 4 hours",
         *         "valueType": "proportion",
         *         "periodicity": "month",
         *         "improvementDirection": "increase",
         *         "multiplier": 100,
         *         "unit": "%"
         *       },
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "unitId": null,
         *       "engine": {
         *         "name": "qms-spc",
         *         "version": "1.0.0"
         *       },
         *       "ruleFamily": "mdc",
         *       "chart": "xmr",
         *       "options": {
         *         "improvementDirection": "increase",
         *         "target": 95,
         *         "baselineLength": null,
         *         "recalculateAt": [
         *           "2017-04-01"
         *         ],
         *         "screenMovingRanges": true,
         *         "runLength": 7,
         *         "twoOfThreeIncludesBeyondLimits": false,
         *         "minimumPointsForIcons": 13,
         *         "multiplier": 100,
         *         "exclude": []
         *       },
         *       "target": {
         *         "value": 95,
         *         "source": "measure"
         *       },
         *       "limitChanges": [
         *         {
         *           "period": "2017-04-01",
         *           "kind": "recalculation",
         *           "baselineLength": null
         *         }
         *       ],
         *       "points": [
         *         {
         *           "period": "2017-04-01",
         *           "inputIndex": 12,
         *           "value": 77.99,
         *           "phase": 2,
         *           "baseline": true,
         *           "centre": 80.12,
         *           "lowerProcessLimit": 73.4,
         *           "upperProcessLimit": 86.84,
         *           "lowerTwoSigma": 75.64,
         *           "upperTwoSigma": 84.6,
         *           "specialCauses": [],
         *           "classification": "commonCause",
         *           "note": null,
         *           "target": 95,
         *           "dataQuality": {
         *             "missing": false,
         *             "provisional": false,
         *             "late": false,
         *             "revised": false,
         *             "revision": 1
         *           }
         *         }
         *       ],
         *       "phases": [],
         *       "runsAnalysis": [],
         *       "variationIcon": "commonCause",
         *       "assuranceIcon": "consistentlyFailing",
         *       "annotations": [],
         *       "warnings": []
         *     }
         */
        StoredSpc: {
            measure: components["schemas"]["QualityControlMeasure"];
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            unitId: string | null;
            /** @description Engine that produced the result, so a published icon can be explained later. */
            engine: {
                /** @enum {string} */
                name: "qms-spc";
                version: string;
            };
            /** @enum {string} */
            ruleFamily: "mdc" | "anhoej";
            /** @enum {string} */
            chart: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
            /** @description Every engine option in force (null when there is no data to analyse) */
            options: {
                /** @enum {string} */
                improvementDirection: "increase" | "decrease" | "neutral";
                target: number | null;
                baselineLength: number | null;
                recalculateAt: string[];
                screenMovingRanges: boolean;
                runLength: 6 | 7;
                twoOfThreeIncludesBeyondLimits: boolean;
                minimumPointsForIcons: number;
                multiplier: number;
                exclude: string[];
            } | null;
            target: {
                value: number | null;
                /**
                 * @description query: given in the request; adoption: the organisation’s local target; measure: effective-dated target of the version
                 * @enum {string|null}
                 */
                source: "query" | "adoption" | "measure" | null;
            };
            /** @description The stored limit changes of the series */
            limitChanges: {
                /**
                 * Format: date
                 * @description Period start date (ISO 8601 YYYY-MM-DD)
                 * @example 2017-04-01
                 */
                period: string;
                /** @enum {string} */
                kind: "recalculation" | "baseline";
                baselineLength: number | null;
            }[];
            points: components["schemas"]["StoredSpcPoint"][];
            phases: components["schemas"]["SpcPhaseResult"][];
            runsAnalysis: components["schemas"]["SpcRunsAnalysis"][];
            /** @enum {string|null} */
            variationIcon: "commonCause" | "improvementHigh" | "improvementLow" | "concernHigh" | "concernLow" | "neutralHigh" | "neutralLow" | null;
            /** @enum {string|null} */
            assuranceIcon: "consistentlyPassing" | "consistentlyFailing" | "hitAndMiss" | null;
            annotations: components["schemas"]["Annotation"][];
            warnings: components["schemas"]["QualityControlWarning"][];
        };
        QualityControlMeasure: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The organisation that owns the measure
             */
            ownerOrganisationId: string;
            code: string;
            /** Format: uuid */
            versionId: string;
            version: number;
            title: string;
            /** @enum {string} */
            valueType: "proportion" | "rate" | "count" | "ratio" | "continuous";
            /** @enum {string} */
            periodicity: "week" | "month" | "quarter";
            /** @enum {string} */
            improvementDirection: "increase" | "decrease" | "neutral";
            multiplier: number;
            unit: string;
        };
        StoredSpcPoint: {
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2016-04-01
             */
            period: string;
            /** @description Position of this point in the request (results are in period order). */
            inputIndex: number;
            /** @description Plotted value (rate for ratio charts, moving range for mr) times multiplier; null if missing. */
            value: number | null;
            phase: number;
            /** @description Whether the point took part in its phase centre and limits. */
            baseline: boolean;
            /** @description Centre line. */
            centre: number | null;
            /** @description Lower process (3-sigma) limit. */
            lowerProcessLimit: number | null;
            /** @description Upper process (3-sigma) limit. */
            upperProcessLimit: number | null;
            /** @description Lower 2-sigma line, where defined. */
            lowerTwoSigma: number | null;
            /** @description Upper 2-sigma line, where defined. */
            upperTwoSigma: number | null;
            /** @description Rules that fired, in precedence order. */
            specialCauses: ("beyondLimits" | "trend" | "twoOfThree" | "shift" | "fewCrossings")[];
            /** @enum {string} */
            classification: "commonCause" | "improvement" | "concern" | "neutralHigh" | "neutralLow" | "notAssessed";
            /** @enum {string|null} */
            note: "missingValue" | "missingDenominator" | "zeroDenominator" | "excluded" | null;
            /** @description The target in force for the period */
            target: number | null;
            dataQuality: components["schemas"]["DataQualityFlags"];
        };
        DataQualityFlags: {
            /** @description No observation for the period */
            missing: boolean;
            provisional: boolean;
            /** @description Submitted after the deadline */
            late: boolean;
            /** @description The current value is a revision (revision > 1) */
            revised: boolean;
            revision: number | null;
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000d001",
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "measureId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "unitId": null,
         *       "period": "2017-04-01",
         *       "category": "system_change",
         *       "text": "New streaming model at the front door",
         *       "createdBy": "person|measure-steward@barts-health",
         *       "createdAt": "2017-04-03T09:00:00.000Z"
         *     }
         */
        Annotation: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The organisation whose series the note is on
             */
            organisationId: string;
            /** Format: uuid */
            measureId: string;
            /**
             * Format: uuid
             * @description Null for the whole organisation
             */
            unitId: string | null;
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2017-04-01
             */
            period: string;
            /**
             * @example system_change
             * @enum {string}
             */
            category: "system_change" | "pdsa_cycle" | "inspection" | "data_issue" | "other";
            text: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        QualityControlWarning: {
            /**
             * @description An engine warning code (shortPhase, shortSeries, missingValues, …) or noData, baselineIgnored, limitChangeOutsideSeries
             * @example shortSeries
             */
            code: string;
            message: string;
        };
        /**
         * @example {
         *       "id": "0193b6f2-0000-7000-8000-00000000d101",
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "measureId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "unitId": null,
         *       "period": "2017-04-01",
         *       "kind": "recalculation",
         *       "baselineLength": null,
         *       "reason": "New triage process",
         *       "createdBy": "person|measure-steward@barts-health",
         *       "createdAt": "2017-05-02T09:00:00.000Z"
         *     }
         */
        LimitChange: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            measureId: string;
            /** Format: uuid */
            unitId: string | null;
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2017-04-01
             */
            period: string;
            /**
             * @description recalculation: a new phase of limits from this period (the process changed); baseline: limits fixed on the first `baselineLength` periods from here
             * @example recalculation
             * @enum {string}
             */
            kind: "recalculation" | "baseline";
            baselineLength: number | null;
            reason: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @example {
         *       "measureId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "period": "2017-04-01",
         *       "kind": "recalculation",
         *       "reason": "New triage process"
         *     }
         */
        CreateLimitChange: {
            /**
             * Format: uuid
             * @example 0193b6f2-0000-7000-8000-00000000c001
             */
            measureId: string;
            /**
             * Format: uuid
             * @description A unit of the caller’s organisation; omit for the whole organisation
             */
            unitId?: string;
            /**
             * Format: date
             * @description A period start of the measure’s periodicity
             * @example 2017-04-01
             */
            period: string;
            /**
             * @description recalculation: a new phase of limits from this period (the process changed); baseline: limits fixed on the first `baselineLength` periods from here
             * @example recalculation
             * @enum {string}
             */
            kind: "recalculation" | "baseline";
            /**
             * @description Required for a baseline (Making Data Count: at least 12); not allowed for a recalculation
             * @example 12
             */
            baselineLength?: number;
            /** @example New triage process */
            reason: string;
        };
        LimitChangePage: {
            items: components["schemas"]["LimitChange"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "measureId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "period": "2017-04-01",
         *       "category": "system_change",
         *       "text": "New streaming model at the front door"
         *     }
         */
        CreateAnnotation: {
            /**
             * Format: uuid
             * @example 0193b6f2-0000-7000-8000-00000000c001
             */
            measureId: string;
            /**
             * Format: uuid
             * @description A unit of the caller’s organisation; omit for the whole organisation
             */
            unitId?: string;
            /**
             * Format: date
             * @description A period start of the measure’s periodicity
             * @example 2017-04-01
             */
            period: string;
            /**
             * @example system_change
             * @enum {string}
             */
            category: "system_change" | "pdsa_cycle" | "inspection" | "data_issue" | "other";
            /** @example New streaming model at the front door */
            text: string;
        };
        AnnotationPage: {
            items: components["schemas"]["Annotation"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "measureSet": {
         *         "id": "0193b6f2-0000-7000-8000-00000000e001",
         *         "code": "board-ipr",
         *         "name": "Integrated performance report"
         *       },
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "unitId": null,
         *       "asOf": "2019-05-15",
         *       "rows": [
         *         {
         *           "measureId": "0193b6f2-0000-7000-8000-00000000c001",
         *           "ownerOrganisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *           "code": "ae-4h-type1",
         *           "title": "A&E type 1: seen within 4 hours",
         *           "uses": [
         *             "quality_control",
         *             "assurance"
         *           ],
         *           "valueType": "proportion",
         *           "unit": "%",
         *           "improvementDirection": "increase",
         *           "ruleFamily": "mdc",
         *           "chart": "xmr",
         *           "latestPeriod": "2019-03-01",
         *           "latestValue": 77.4,
         *           "target": 95,
         *           "centre": 80.2,
         *           "lowerProcessLimit": 73.1,
         *           "upperProcessLimit": 87.3,
         *           "variationIcon": "commonCause",
         *           "assuranceIcon": "consistentlyFailing",
         *           "dataQuality": {
         *             "state": "ok",
         *             "provisional": false,
         *             "late": false,
         *             "revised": false,
         *             "missingLatestPeriod": false,
         *             "expectedLatestPeriod": "2019-03-01"
         *           },
         *           "sparkline": [
         *             {
         *               "period": "2019-03-01",
         *               "value": 77.4,
         *               "classification": "commonCause",
         *               "centre": 80.2
         *             }
         *           ],
         *           "problem": null
         *         }
         *       ]
         *     }
         */
        BoardSummary: {
            measureSet: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            };
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            unitId: string | null;
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2017-04-01
             */
            asOf: string;
            rows: components["schemas"]["BoardSummaryRow"][];
        };
        BoardSummaryRow: {
            /** Format: uuid */
            measureId: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            code: string;
            title: string;
            /** @description What the set uses the measure for */
            uses: ("quality_control" | "assurance" | "improvement")[];
            /** @enum {string} */
            valueType: "proportion" | "rate" | "count" | "ratio" | "continuous";
            unit: string;
            /** @enum {string} */
            improvementDirection: "increase" | "decrease" | "neutral";
            /** @enum {string} */
            ruleFamily: "mdc" | "anhoej";
            /** @enum {string} */
            chart: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2017-04-01
             */
            latestPeriod: string | null;
            latestValue: number | null;
            target: number | null;
            /** @description Mean (centre line) of the last phase */
            centre: number | null;
            /** @description Of the last phase (null when limits vary) */
            lowerProcessLimit: number | null;
            /** @description Of the last phase (null when limits vary) */
            upperProcessLimit: number | null;
            /** @enum {string|null} */
            variationIcon: "commonCause" | "improvementHigh" | "improvementLow" | "concernHigh" | "concernLow" | "neutralHigh" | "neutralLow" | null;
            /** @enum {string|null} */
            assuranceIcon: "consistentlyPassing" | "consistentlyFailing" | "hitAndMiss" | null;
            dataQuality: components["schemas"]["BoardSummaryDataQuality"];
            /** @description The last N points */
            sparkline: {
                /**
                 * Format: date
                 * @description Period start date (ISO 8601 YYYY-MM-DD)
                 * @example 2016-04-01
                 */
                period: string;
                /** @description Plotted value (rate for ratio charts, moving range for mr) times multiplier; null if missing. */
                value: number | null;
                /** @enum {string} */
                classification: "commonCause" | "improvement" | "concern" | "neutralHigh" | "neutralLow" | "notAssessed";
                centre: number | null;
            }[];
            /** @description Why the series could not be analysed with its stored settings */
            problem: string | null;
        };
        BoardSummaryDataQuality: {
            /**
             * @description The worst of the flags below: missing > late > provisional > revised > ok
             * @enum {string}
             */
            state: "ok" | "provisional" | "late" | "revised" | "missing";
            /** @description The latest value is provisional */
            provisional: boolean;
            /** @description The latest value was submitted after its deadline */
            late: boolean;
            /** @description The latest value is a revision */
            revised: boolean;
            /** @description No value for the latest period whose data is due (`expectedLatestPeriod`) */
            missingLatestPeriod: boolean;
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2017-04-01
             */
            expectedLatestPeriod: string;
        };
        /**
         * @example {
         *       "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "unitId": null,
         *       "measure": {
         *         "measureId": "0193b6f2-0000-7000-8000-00000000c001",
         *         "ownerOrganisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *         "code": "ed-4h",
         *         "title": "ED: seen within 4 hours",
         *         "kind": "process",
         *         "depth": 0,
         *         "signal": {
         *           "periodStart": "2019-03-01",
         *           "value": 77.4,
         *           "variationIcon": "commonCause",
         *           "assuranceIcon": "consistentlyFailing",
         *           "dataQuality": {
         *             "missing": false,
         *             "provisional": false,
         *             "late": false,
         *             "revised": false,
         *             "revision": 1
         *           }
         *         }
         *       },
         *       "above": [],
         *       "below": [],
         *       "balancing": [],
         *       "links": []
         *     }
         */
        GoldenThread: {
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            unitId: string | null;
            measure: components["schemas"]["ThreadNode"];
            /** @description What the measure contributes to, nearest first */
            above: components["schemas"]["ThreadNode"][];
            /** @description What contributes to the measure, nearest first */
            below: components["schemas"]["ThreadNode"][];
            /** @description Balancing measures linked to it either way */
            balancing: components["schemas"]["ThreadNode"][];
            links: components["schemas"]["ThreadLink"][];
        };
        ThreadNode: {
            /** Format: uuid */
            measureId: string;
            /**
             * Format: uuid
             * @description Null when the measure itself is not visible to the caller
             */
            ownerOrganisationId: string | null;
            code: string | null;
            title: string | null;
            /** @enum {string|null} */
            kind: "outcome" | "process" | "balancing" | "structure" | null;
            /** @description Links away from the measure (0 for the measure itself) */
            depth: number;
            signal: components["schemas"]["LatestSignal"];
        };
        /** @description The latest signal for the organisation; null when the measure has no visible active version */
        LatestSignal: {
            /**
             * Format: date
             * @description The latest period with a value
             * @example 2017-04-01
             */
            periodStart: string | null;
            value: number | null;
            /** @enum {string|null} */
            variationIcon: "commonCause" | "improvementHigh" | "improvementLow" | "concernHigh" | "concernLow" | "neutralHigh" | "neutralLow" | null;
            /** @enum {string|null} */
            assuranceIcon: "consistentlyPassing" | "consistentlyFailing" | "hitAndMiss" | null;
            dataQuality: components["schemas"]["DataQualityFlags"];
        } | null;
        ThreadLink: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The organisation that owns the link (the `from` side)
             */
            ownerOrganisationId: string;
            /** Format: uuid */
            fromMeasureId: string;
            /** Format: uuid */
            toMeasureId: string;
            /** @enum {string} */
            kind: "contributes_to" | "balancing";
        };
        /**
         * @example {
         *       "from": "2016-04-01",
         *       "to": "2019-03-01",
         *       "programmeId": null,
         *       "organisations": [
         *         {
         *           "organisationId": "0193b6f2-0000-7000-8000-00000000a001",
         *           "validity": {
         *             "submissions": 4,
         *             "rejectedRows": 2
         *           },
         *           "measures": [
         *             {
         *               "measureId": "0193b6f2-0000-7000-8000-00000000c001",
         *               "code": "ae-4h-type1",
         *               "title": "A&E type 1: seen within 4 hours",
         *               "unitId": null,
         *               "periodicity": "month",
         *               "expectedPeriods": 36,
         *               "periodsWithData": 35,
         *               "completeness": 0.9722,
         *               "missingPeriods": [
         *                 "2017-12-01"
         *               ],
         *               "observations": 35,
         *               "lateObservations": 1,
         *               "provisionalObservations": 0,
         *               "timeliness": 0.9714,
         *               "revisionsByPeriod": [
         *                 {
         *                   "period": "2018-01-01",
         *                   "revisions": 1
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        DataQualityReport: {
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2017-04-01
             */
            from: string;
            /**
             * Format: date
             * @description Period start date (ISO 8601 YYYY-MM-DD)
             * @example 2017-04-01
             */
            to: string;
            /** Format: uuid */
            programmeId: string | null;
            organisations: {
                /** Format: uuid */
                organisationId: string;
                /** @description Only for the caller’s own organisation (submissions are private to it) */
                validity: {
                    submissions: number;
                    /** @description Rows refused by validation in submissions received in range */
                    rejectedRows: number;
                } | null;
                measures: components["schemas"]["MeasureDataQuality"][];
            }[];
        };
        MeasureDataQuality: {
            /** Format: uuid */
            measureId: string;
            code: string;
            title: string;
            /** Format: uuid */
            unitId: string | null;
            /** @enum {string} */
            periodicity: "week" | "month" | "quarter";
            /** @description Periods in range whose data is due */
            expectedPeriods: number;
            periodsWithData: number;
            /** @description periodsWithData / expectedPeriods */
            completeness: number | null;
            missingPeriods: string[];
            /** @description Current observations in range */
            observations: number;
            lateObservations: number;
            provisionalObservations: number;
            /** @description Share of current observations not late */
            timeliness: number | null;
            /** @description Observations with revision > 1, per period */
            revisionsByPeriod: {
                /**
                 * Format: date
                 * @description Period start date (ISO 8601 YYYY-MM-DD)
                 * @example 2017-04-01
                 */
                period: string;
                revisions: number;
            }[];
        };
        FunnelResponse: {
            /** @example 1.0.0 */
            engineVersion: string;
            method: {
                /** @enum {string} */
                dataType: "proportion" | "ratio" | "rate";
                /** @enum {string} */
                limitMethod: "exact" | "funnelplotr" | "normal" | "wilson";
                /** @enum {string} */
                zScoreScale: "log" | "sqrt" | "arcsine";
                /** @enum {string} */
                adjustment: "none" | "multiplicative" | "additive";
                description: string;
            };
            options: {
                target?: number;
                multiplier: number;
                limitLevels: number[];
                alertLevel: number;
                alarmLevel: number;
                /** @enum {string} */
                limitMethod: "exact" | "funnelplotr" | "normal" | "wilson";
                /** @enum {string} */
                zScoreScale: "log" | "sqrt" | "arcsine";
                overdispersion: {
                    /** @enum {string} */
                    adjustment: "none" | "multiplicative" | "additive";
                    /** @enum {string} */
                    estimator: "winsorised" | "truncated";
                    trim: number;
                    /** @enum {string} */
                    adjustedLimits: "inflate" | "normal";
                };
                compatibility: {
                    funnelplotrUnsquaredSqrtLimits: boolean;
                    funnelplotrShmiRounding: boolean;
                    spiegelhalterCdfUpperLimit: boolean;
                };
                /** @enum {string} */
                improvementDirection: "increase" | "decrease" | "neutral";
                curve: {
                    points: number;
                    from?: number;
                    to?: number;
                };
            };
            /** @description Target in display units. */
            target: number;
            /** @enum {string} */
            targetSource: "given" | "pooled" | "default";
            overdispersion: {
                /** @enum {string} */
                adjustment: "none" | "multiplicative" | "additive";
                /** @enum {string} */
                estimator: "winsorised" | "truncated";
                trim: number;
                /** @description Dispersion ratio φ (null when no z-score was left to use). */
                phi: number | null;
                /** @description Between-organisation variance τ² on the z-score scale. */
                tau2: number;
                applied: boolean;
                organisationsUsed: number;
                reason: string;
            };
            organisations: components["schemas"]["FunnelOrganisation"][];
            curves: {
                denominators: number[];
                limits: components["schemas"]["FunnelCurveLimit"][];
                unadjustedLimits: components["schemas"]["FunnelCurveLimit"][];
            };
            bandCounts: {
                within: number;
                alert_high: number;
                alert_low: number;
                alarm_high: number;
                alarm_low: number;
            };
            warnings: string[];
        };
        FunnelOrganisation: {
            id: string;
            rows: number;
            numerator: number;
            denominator: number;
            value: number;
            zScore: number;
            zScoreAdjusted: number;
            limits: components["schemas"]["FunnelLimit"][];
            unadjustedLimits: components["schemas"]["FunnelLimit"][];
            /** @enum {string} */
            band: "within" | "alert_high" | "alert_low" | "alarm_high" | "alarm_low";
            /** @enum {string|null} */
            assessment: "good" | "bad" | "neutral" | null;
            trimmed: boolean;
        };
        FunnelLimit: {
            level: number;
            lower: number;
            upper: number;
        };
        FunnelCurveLimit: {
            level: number;
            lower: number[];
            upper: number[];
        };
        /**
         * @example {
         *       "dataType": "ratio",
         *       "rows": [
         *         {
         *           "id": "030001",
         *           "numerator": 406,
         *           "denominator": 523.6963043992
         *         },
         *         {
         *           "id": "030002",
         *           "numerator": 642,
         *           "denominator": 612.9785529325
         *         },
         *         {
         *           "id": "030003",
         *           "numerator": 46,
         *           "denominator": 53.7913618831
         *         },
         *         {
         *           "id": "030006",
         *           "numerator": 764,
         *           "denominator": 763.7178875521
         *         }
         *       ],
         *       "options": {
         *         "limitMethod": "exact",
         *         "overdispersion": {
         *           "adjustment": "additive"
         *         }
         *       }
         *     }
         */
        FunnelRequest: {
            /**
             * @example ratio
             * @enum {string}
             */
            dataType: "proportion" | "ratio" | "rate";
            rows: components["schemas"]["FunnelRow"][];
            options?: components["schemas"]["FunnelOptions"];
        };
        FunnelRow: {
            /**
             * @description Organisation id; rows sharing an id are summed.
             * @example 030001
             */
            id: string;
            /**
             * @description Events, deaths or observed count (need not be whole).
             * @example 16
             */
            numerator: number;
            /**
             * @description Cases, expected count (ratios) or exposure (rates). Zero is rejected per row with a reason.
             * @example 58
             */
            denominator: number;
        };
        FunnelOptions: {
            /**
             * @description Target in display units (× multiplier). Default: pooled, or 1 for ratios.
             * @example 1
             */
            target?: number;
            /**
             * @description Display multiplier.
             * @example 1
             */
            multiplier?: number;
            /**
             * @description Two-sided coverage levels; alert and alarm levels are always included.
             * @example [
             *       0.95,
             *       0.998
             *     ]
             */
            limitLevels?: number[];
            /** @example 0.95 */
            alertLevel?: number;
            /** @example 0.998 */
            alarmLevel?: number;
            /**
             * @description exact (default) | funnelplotr (0.6.0) | normal | wilson (proportions).
             * @example exact
             * @enum {string}
             */
            limitMethod?: "exact" | "funnelplotr" | "normal" | "wilson";
            /**
             * @description log (SHMI) or sqrt (CQC) for ratios and rates; arcsine for proportions.
             * @example log
             * @enum {string}
             */
            zScoreScale?: "log" | "sqrt" | "arcsine";
            overdispersion?: {
                /**
                 * @example additive
                 * @enum {string}
                 */
                adjustment?: "none" | "multiplicative" | "additive";
                /**
                 * @example winsorised
                 * @enum {string}
                 */
                estimator?: "winsorised" | "truncated";
                /** @example 0.1 */
                trim?: number;
                /**
                 * @example inflate
                 * @enum {string}
                 */
                adjustedLimits?: "inflate" | "normal";
            };
            compatibility?: {
                /** @description Reproduce FunnelPlotR issue #33 (square-root limits not squared back). */
                funnelplotrUnsquaredSqrtLimits?: boolean;
                /** @description FunnelPlotR's SHMI_rounding. */
                funnelplotrShmiRounding?: boolean;
                /** @description Exact limits: interpolate the upper limit on the CDF (flags one event earlier). */
                spiegelhalterCdfUpperLimit?: boolean;
            };
            /**
             * @example decrease
             * @enum {string}
             */
            improvementDirection?: "increase" | "decrease" | "neutral";
            curve?: {
                /** @example 100 */
                points?: number;
                from?: number;
                to?: number;
            };
        };
        BenchmarkRun: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            measureId: string;
            /** Format: uuid */
            measureVersionId: string;
            /** @enum {string} */
            status: "draft" | "published";
            period: components["schemas"]["BenchmarkPeriod"];
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            peerGroup: {
                [key: string]: string;
            };
            method: {
                /** @enum {string} */
                dataType: "proportion" | "ratio" | "rate";
                /** @description The funnel options the run used */
                options: {
                    [key: string]: unknown;
                };
            };
            /** @example 1.0.0 */
            engineVersion: string;
            organisationCount: number;
            /** @description Observation revisions used */
            inputCount: number;
            /** @description SHA-256 of the recorded inputs */
            inputsHash: string;
            /** @description SHA-256 of the results */
            resultsHash: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            publishedBy: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            results: {
                funnel: components["schemas"]["FunnelResponse"];
                /** @description Ranked best first, each with its 95% interval (caterpillar plot) */
                organisations: components["schemas"]["BenchmarkRunOrganisation"][];
            };
        };
        /**
         * @description A single period, a calendar quarter, or a rolling window of periods ending at `end`; each organisation’s periods are summed.
         * @example {
         *       "type": "rolling",
         *       "end": "2019-03-01",
         *       "length": 12
         *     }
         */
        BenchmarkPeriod: {
            /** @enum {string} */
            type: "period";
            /**
             * Format: date
             * @description A period start (ISO date)
             * @example 2019-03-01
             */
            period: string;
        } | {
            /** @enum {string} */
            type: "quarter";
            /** @example 2019-Q1 */
            quarter: string;
        } | {
            /** @enum {string} */
            type: "rolling";
            /**
             * Format: date
             * @description A period start (ISO date)
             * @example 2019-03-01
             */
            end: string;
            /** @description Periods up to and including `end` */
            length: number;
        };
        BenchmarkRunOrganisation: {
            /** Format: uuid */
            organisationId: string;
            name: string;
            kind: string;
            attributes: {
                [key: string]: string;
            };
            /** @description Periods summed */
            periods: number;
            numerator: number;
            denominator: number;
            /** @description In display units (× multiplier) */
            value: number;
            interval: components["schemas"]["BenchmarkInterval"];
            /** @description After any over-dispersion adjustment */
            zScore: number;
            /** @enum {string} */
            band: "within" | "alert_high" | "alert_low" | "alarm_high" | "alarm_low";
            /** @enum {string|null} */
            assessment: "good" | "bad" | "neutral" | null;
            /** @description By value, best first; read it with the interval */
            rank: number;
        };
        BenchmarkInterval: {
            /** @example 0.95 */
            level: number;
            /** @enum {string} */
            method: "wilson" | "exact_poisson";
            lower: number;
            upper: number;
        };
        /**
         * @example {
         *       "programmeId": "0193b6f2-0000-7000-8000-00000000c001",
         *       "measureId": "0193b6f2-0000-7000-8000-00000000a001",
         *       "period": {
         *         "type": "quarter",
         *         "quarter": "2019-Q1"
         *       },
         *       "options": {
         *         "overdispersion": {
         *           "adjustment": "multiplicative"
         *         }
         *       }
         *     }
         */
        CreateBenchmarkRun: {
            /**
             * Format: uuid
             * @description One of your programmes
             * @example 0193b6f2-0000-7000-8000-00000000c001
             */
            programmeId: string;
            /**
             * Format: uuid
             * @description A measure of the programme
             * @example 0193b6f2-0000-7000-8000-00000000a001
             */
            measureId: string;
            period: components["schemas"]["BenchmarkPeriod"];
            /**
             * @description Default: the measure’s benchmarking settings, else its value type.
             * @example proportion
             * @enum {string}
             */
            dataType?: "proportion" | "ratio" | "rate";
            options?: components["schemas"]["FunnelOptions"] & unknown;
            peerGroup?: components["schemas"]["PeerGroupFilter"];
        };
        /**
         * @description Compare only organisations sharing these attributes (the programme’s `peerGroupAttributes`; `kind` is the organisation kind).
         * @example {
         *       "region": "London"
         *     }
         */
        PeerGroupFilter: {
            [key: string]: string;
        };
        BenchmarkRunPage: {
            items: components["schemas"]["BenchmarkRunSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        BenchmarkRunSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            measureId: string;
            /** Format: uuid */
            measureVersionId: string;
            /** @enum {string} */
            status: "draft" | "published";
            period: components["schemas"]["BenchmarkPeriod"];
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            peerGroup: {
                [key: string]: string;
            };
            method: {
                /** @enum {string} */
                dataType: "proportion" | "ratio" | "rate";
                /** @description The funnel options the run used */
                options: {
                    [key: string]: unknown;
                };
            };
            /** @example 1.0.0 */
            engineVersion: string;
            organisationCount: number;
            /** @description Observation revisions used */
            inputCount: number;
            /** @description SHA-256 of the recorded inputs */
            inputsHash: string;
            /** @description SHA-256 of the results */
            resultsHash: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            publishedBy: string | null;
            /** Format: date-time */
            publishedAt: string | null;
        };
        BenchmarkRunInputs: {
            /** Format: uuid */
            runId: string;
            inputsHash: string;
            items: components["schemas"]["BenchmarkRunInput"][];
        };
        BenchmarkRunInput: {
            /** Format: uuid */
            observationId: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: date */
            periodStart: string;
            revision: number;
            numerator: number;
            denominator: number;
        };
        BenchmarkRunVerification: {
            /** Format: uuid */
            runId: string;
            /** @description Recomputing from the recorded inputs gives identical results */
            reproducible: boolean;
            engineVersion: string;
            currentEngineVersion: string;
            resultsHash: string;
            recomputedResultsHash: string;
            inputsHash: string;
            recomputedInputsHash: string;
            /** @description The current data differs from the recorded inputs: compute a new run to include it */
            dataChanged: boolean;
            /** @description Recorded observations since revised, plus current observations the run did not use */
            changedObservations: number;
        };
        BenchmarkPeerView: {
            /** Format: uuid */
            runId: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            measureId: string;
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description The programme allows named comparison */
            named: boolean;
            /** @enum {string} */
            dataType: "proportion" | "ratio" | "rate";
            target: number;
            limits: {
                denominators: number[];
                limits: components["schemas"]["FunnelCurveLimit"][];
                unadjustedLimits: components["schemas"]["FunnelCurveLimit"][];
            };
            bandCounts: {
                within: number;
                alert_high: number;
                alert_low: number;
                alarm_high: number;
                alarm_low: number;
            };
            organisationCount: number;
            /** @description Null when your organisation had no data in the run */
            own: {
                /** Format: uuid */
                organisationId: string;
                value: number;
                numerator: number;
                denominator: number;
                interval: components["schemas"]["BenchmarkInterval"];
                /** @enum {string} */
                band: "within" | "alert_high" | "alert_low" | "alarm_high" | "alarm_low";
                /** @enum {string|null} */
                assessment: "good" | "bad" | "neutral" | null;
                rank: number;
            } | null;
            peers: {
                /**
                 * @description A stable pseudonym per run, or the name when named
                 * @example Peer 7
                 */
                label: string;
                value: number;
                denominator: number;
                interval: components["schemas"]["BenchmarkInterval"];
                /** @enum {string} */
                band: "within" | "alert_high" | "alert_low" | "alarm_high" | "alarm_low";
                rank: number;
            }[];
        };
        BenchmarkPeerGroups: {
            /** Format: uuid */
            programmeId: string;
            /** @description The programme’s `peerGroupAttributes` */
            attributes: string[];
            groups: {
                /** @example region */
                attribute: string;
                /** @example London */
                value: string;
                /** @description Actively enrolled organisations in the group */
                organisations: number;
            }[];
        };
        NationalTrend: {
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            measureId: string;
            valueType: string;
            /**
             * @description How organisations are combined per period: Σnumerator/Σdenominator, Σvalue or mean value
             * @enum {string}
             */
            aggregation: "ratio_of_sums" | "sum" | "mean";
            aggregate: {
                /** Format: date */
                period: string;
                numerator: number | null;
                denominator: number | null;
                value: number | null;
                organisations: number;
            }[];
            spc: {
                engine: {
                    name: string;
                    version: string;
                };
                chart: string;
                ruleFamily: string;
                points: {
                    period: string;
                    value: number | null;
                    centre: number | null;
                    lowerProcessLimit: number | null;
                    upperProcessLimit: number | null;
                    specialCauses: string[];
                    classification: string;
                }[];
                variationIcon: string | null;
                assuranceIcon: string | null;
                warnings: {
                    code: string;
                    message: string;
                }[];
            };
            /** @description Each actively enrolled organisation’s series, for small multiples */
            organisations: {
                /** Format: uuid */
                organisationId: string;
                name: string;
                points: {
                    /** Format: date */
                    period: string;
                    numerator: number | null;
                    denominator: number | null;
                    value: number | null;
                }[];
            }[];
        };
        OpenedOutlierCases: {
            /** Format: uuid */
            runId: string;
            /** @description Cases opened by this call (0 when all existed) */
            opened: number;
            items: components["schemas"]["OutlierCase"][];
        };
        OutlierCase: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The programme’s owner (the national body)
             */
            ownerOrganisationId: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            measureId: string;
            /**
             * Format: uuid
             * @description The published run the outlier was found in
             */
            runId: string;
            /**
             * Format: uuid
             * @description The provider: the organisation outside the limits
             */
            organisationId: string;
            /**
             * @description alert: outside 95%; alarm: outside 99.8%
             * @enum {string}
             */
            band: "alert_high" | "alert_low" | "alarm_high" | "alarm_low";
            /**
             * @description good: a positive outlier; bad: worse than expected
             * @enum {string}
             */
            side: "good" | "bad" | "neutral";
            stage: components["schemas"]["OutlierStage"];
            /** Format: date */
            stageEnteredOn: string;
            /**
             * Format: date
             * @description Deadline of the stage, in working days
             */
            stageDueOn: string | null;
            /** @description Working days past the deadline (0 if not) */
            daysOverdue: number;
            /**
             * @description Whose step is next
             * @enum {string|null}
             */
            awaiting: "owner" | "provider" | null;
            escalated: boolean;
            /** @enum {string|null} */
            outcome: "no_case" | "confirmed" | null;
            explanation: string | null;
            dataCorrected: boolean;
            regulatorNotified: boolean;
            /**
             * Format: uuid
             * @description The run recomputed after a data correction
             */
            rerunRunId: string | null;
            /** @description What the caller may do now */
            availableActions: ("data-checked" | "notify-provider" | "respond" | "escalate" | "review" | "notify-confirmed" | "acknowledge" | "publish" | "rerun")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example provider_notified
         * @enum {string}
         */
        OutlierStage: "detected" | "data_checked" | "provider_notified" | "provider_responded" | "closed" | "confirmed" | "confirmed_notified" | "acknowledged" | "published";
        OutlierCasePage: {
            items: components["schemas"]["OutlierCase"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        OutlierCaseWithEvents: components["schemas"]["OutlierCase"] & {
            events: components["schemas"]["OutlierCaseEvent"][];
        };
        OutlierCaseEvent: {
            /** Format: uuid */
            id: string;
            /** @example respond */
            action: string;
            fromStage: components["schemas"]["OutlierStage"] & (string | null);
            toStage: components["schemas"]["OutlierStage"];
            /** Format: uuid */
            actorOrganisationId: string;
            note: string | null;
            detail: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            occurredAt: string;
        };
        OutlierCaseNote: {
            note?: string;
        };
        OutlierCaseResponse: {
            /** @example Case-mix: the trust opened a new frailty unit. */
            explanation?: string;
            /** @description `true`: the provider has resubmitted corrected data; the owner may re-run */
            dataCorrected?: boolean;
        };
        /**
         * @example {
         *       "outcome": "confirmed"
         *     }
         */
        OutlierCaseReview: {
            /** @enum {string} */
            outcome: "no_case" | "confirmed";
            note?: string;
        };
        FrameworkVersion: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            frameworkId: string;
            code: string;
            name: string;
            /** @example 1 */
            version: number;
            /**
             * @example published
             * @enum {string}
             */
            status: "draft" | "published" | "retired";
            nodeKinds: {
                key: string;
                label: string;
            }[];
            /** @description Best first; rank 1 is the best level */
            ratingScale: {
                key: string;
                label: string;
                rank: number;
            }[];
            evidenceCategories: {
                key: string;
                label: string;
            }[];
            nodeCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            retiredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "format": "qms-framework/1",
         *       "code": "single-assessment",
         *       "name": "Single assessment framework (demo)",
         *       "nodeKinds": [
         *         {
         *           "key": "key_question",
         *           "label": "Key question"
         *         },
         *         {
         *           "key": "quality_statement",
         *           "label": "Quality statement"
         *         }
         *       ],
         *       "ratingScale": [
         *         {
         *           "key": "outstanding",
         *           "label": "Outstanding"
         *         },
         *         {
         *           "key": "good",
         *           "label": "Good"
         *         },
         *         {
         *           "key": "requires_improvement",
         *           "label": "Requires improvement"
         *         },
         *         {
         *           "key": "inadequate",
         *           "label": "Inadequate"
         *         }
         *       ],
         *       "evidenceCategories": [
         *         {
         *           "key": "observation",
         *           "label": "Observation"
         *         }
         *       ],
         *       "nodes": [
         *         {
         *           "code": "S",
         *           "kind": "key_question",
         *           "title": "Safe"
         *         },
         *         {
         *           "code": "S1",
         *           "parentCode": "S",
         *           "kind": "quality_statement",
         *           "title": "Learning from incidents"
         *         }
         *       ]
         *     }
         */
        FrameworkDocument: {
            /** @enum {string} */
            format: "qms-framework/1";
            /** @example single-assessment */
            code: string;
            name: string;
            description?: string | null;
            /** @description Kinds of node, top of the tree first */
            nodeKinds: {
                /** @example key_question */
                key: string;
                label: string;
            }[];
            /** @description Rating levels, best first */
            ratingScale: {
                /** @example key_question */
                key: string;
                label: string;
            }[];
            evidenceCategories: {
                /** @example key_question */
                key: string;
                label: string;
            }[];
            /** @description The tree as a flat list: each node names its parent by code, parents before children */
            nodes: {
                /** @example S1 */
                code: string;
                /** @example S */
                parentCode?: string | null;
                /** @example quality_statement */
                kind: string;
                title: string;
                description?: string | null;
                /** @description Measures visible to the framework’s owner that evidence this node */
                measureIds?: string[];
            }[];
        };
        FrameworkPage: {
            items: components["schemas"]["Framework"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        Framework: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            description: string | null;
            versions: {
                /** Format: uuid */
                id: string;
                version: number;
                /**
                 * @example published
                 * @enum {string}
                 */
                status: "draft" | "published" | "retired";
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Inspection: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectingOrganisationId: string;
            /**
             * Format: uuid
             * @description The inspected organisation
             */
            organisationId: string;
            /** Format: uuid */
            frameworkVersionId: string;
            /** @enum {string} */
            type: "announced" | "unannounced" | "self_assessment" | "peer_review" | "thematic";
            title: string;
            team: string[];
            /**
             * Format: date
             * @example 2026-03-02
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            endsOn: string;
            /**
             * @example fieldwork
             * @enum {string}
             */
            stage: "planned" | "fieldwork" | "draft" | "factual_accuracy" | "published" | "closed";
            /** Format: date-time */
            fieldworkStartedAt: string | null;
            /** Format: date-time */
            draftedAt: string | null;
            /** Format: date-time */
            factualAccuracyAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateInspection: {
            /**
             * Format: uuid
             * @description The organisation to inspect
             */
            organisationId: string;
            /**
             * Format: uuid
             * @description A published version of one of your frameworks
             */
            frameworkVersionId: string;
            /**
             * @example announced
             * @enum {string}
             */
            type: "announced" | "unannounced" | "self_assessment" | "peer_review" | "thematic";
            /** @example Urgent and emergency care, spring 2026 */
            title: string;
            /**
             * @description Inspectors, the lead first
             * @example [
             *       "inspector@care-regulator"
             *     ]
             */
            team: string[];
            /**
             * Format: date
             * @example 2026-03-02
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            endsOn: string;
        };
        InspectionPage: {
            items: components["schemas"]["Inspection"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        Finding: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string;
            /** @enum {string} */
            type: "requirement" | "recommendation" | "good_practice" | "concern";
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            statement: string;
            nodeIds: string[];
            measureIds: string[];
            /**
             * Format: date
             * @example 2026-03-02
             */
            dueOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateFinding: {
            /**
             * @example requirement
             * @enum {string}
             */
            type: "requirement" | "recommendation" | "good_practice" | "concern";
            /**
             * @example high
             * @enum {string}
             */
            severity: "low" | "medium" | "high" | "critical";
            statement: string;
            /**
             * @description Nodes of the pinned framework version
             * @default []
             */
            nodeIds: string[];
            /**
             * @description Measures bound to those nodes, or otherwise visible to the inspecting organisation
             * @default []
             */
            measureIds: string[];
            /**
             * Format: date
             * @description Required for a requirement, refused otherwise
             * @example 2026-03-02
             */
            dueOn?: string;
        };
        FindingPage: {
            items: components["schemas"]["Finding"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A short-lived access token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown client, wrong secret or revoked client (`error: invalid_client`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON Web Key Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwkSet"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                kind?: "platform" | "national_body" | "regulator" | "health_board" | "trust" | "independent_provider" | "commissioner";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisation"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Version of the organisation; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new organisation */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    /** @description Version of the organisation; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisation"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Version of the organisation; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description List another organisation’s units: allowed for the owner of a programme the organisation is actively enrolled in. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description Only the children of this unit */
                parentId?: string;
                kind?: "site" | "directorate" | "service" | "ward" | "team" | "department";
                status?: "active" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of units in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnit"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Version of the unit; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new unit */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnitTree: {
        parameters: {
            query?: {
                /** @description How many levels of descendants to return; all by default */
                depth?: number | null;
            };
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit, the path to its root and its descendants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitTree"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit */
            200: {
                headers: {
                    /** @description Version of the unit; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUnit"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Version of the unit; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                status?: "active" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of programmes in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgramme"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Version of the programme; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new programme */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programme */
            200: {
                headers: {
                    /** @description Version of the programme; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgramme"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Version of the programme; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEnrolments: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                status?: "invited" | "active" | "withdrawn";
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of enrolments in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnrolment"];
            };
        };
        responses: {
            /** @description Invited */
            201: {
                headers: {
                    /** @description Version of the enrolment; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new enrolment */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrolment */
            200: {
                headers: {
                    /** @description Version of the enrolment; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                programmeId: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptEnrolment"];
            };
        };
        responses: {
            /** @description Accepted: the enrolment is active */
            200: {
                headers: {
                    /** @description Version of the enrolment; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                programmeId: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawEnrolment"];
            };
        };
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    /** @description Version of the enrolment; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoleGrants: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                subject?: string;
                role?: "platform_admin" | "tenant_admin" | "measure_steward" | "submitter" | "viewer" | "inspector" | "analyst";
                includeRevoked?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of grants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleGrantPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRoleGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleGrant"];
            };
        };
        responses: {
            /** @description Granted */
            201: {
                headers: {
                    /** @description The new role grant */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleGrant"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoleGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleGrant"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeRoleGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleGrant"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiClients: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                status?: "active" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiClient"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The new API client */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientWithSecret"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                apiClientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClient"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateApiClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                apiClientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret, shown once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientWithSecret"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                apiClientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClient"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                action?: string;
                targetType?: string;
                targetId?: string;
                since?: string;
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    analyseSpc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpcRequest"];
            };
        };
        responses: {
            /** @description The analysis */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpcResponse"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasures: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Unique among the owner’s measures */
                code?: string;
                /** @description Measures whose current version has this domain */
                domain?: "safe" | "effective" | "person_centred" | "timely" | "efficient" | "equitable";
                kind?: "outcome" | "process" | "balancing" | "structure";
                /** @description The status of the current version: `active` (has an active version), `draft` (only a draft to show), `retired` (neither) */
                status?: "draft" | "active" | "retired";
                /** @description `self`: the caller’s own measures; `all` adds those published to its programmes */
                owner?: "self" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of measures in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurePage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasure"];
            };
        };
        responses: {
            /** @description Created; the draft is in `draft` */
            201: {
                headers: {
                    /** @description Version of the measure; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new measure */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                measureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The measure */
            200: {
                headers: {
                    /** @description Version of the measure; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeasureVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path: {
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureDefinitionChange"];
            };
        };
        responses: {
            /** @description The new draft */
            201: {
                headers: {
                    /** @description Version of the measure version; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new measure version */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                measureId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    /** @description Version of the measure version; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeasureVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                measureId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeasureDraft"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Version of the measure version; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateMeasureVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                measureId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Now active */
            200: {
                headers: {
                    /** @description Version of the measure version; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retireMeasureVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                measureId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retired */
            200: {
                headers: {
                    /** @description Version of the measure version; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgrammeMeasures: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Include withdrawn measures */
                includeWithdrawn?: "true" | "false";
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of published measures, in measure id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeMeasurePage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishProgrammeMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishMeasure"];
            };
        };
        responses: {
            /** @description Published */
            201: {
                headers: {
                    /** @description Version of the programme measure; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new programme measure */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeMeasure"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgrammeMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The publication */
            200: {
                headers: {
                    /** @description Version of the programme measure; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeMeasure"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawProgrammeMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    /** @description Version of the programme measure; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeMeasure"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdoptions: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                measureId?: string;
                status?: "active" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of adoptions in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAdoption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdoption"];
            };
        };
        responses: {
            /** @description Adopted */
            201: {
                headers: {
                    /** @description Version of the adoption; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new adoption */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adoption"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                adoptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adoption */
            200: {
                headers: {
                    /** @description Version of the adoption; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adoption"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAdoption: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                adoptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdoption"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Version of the adoption; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adoption"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasureSets: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                programmeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sets in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureSetPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeasureSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasureSet"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Version of the measure set; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new measure set */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureSet"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                setId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The set */
            200: {
                headers: {
                    /** @description Version of the measure set; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureSet"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeasureSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                setId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeasureSet"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Version of the measure set; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureSet"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasureLinks: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Links from or to this measure */
                measureId?: string;
                /** @description `contributes_to`: the from measure feeds the to measure (the golden thread, kept free of loops); `balancing`: the from measure watches for harm from improving the to measure */
                kind?: "contributes_to" | "balancing";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of links in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureLinkPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeasureLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasureLink"];
            };
        };
        responses: {
            /** @description Linked */
            201: {
                headers: {
                    /** @description Version of the measure link; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new measure link */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureLink"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link */
            200: {
                headers: {
                    /** @description Version of the measure link; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureLink"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeasureLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubmissions: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of submissions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSubmission: {
        parameters: {
            query?: {
                /** @description Validate and report only: nothing is written, not even the submission */
                dryRun?: "true" | "false";
                /** @description `all_or_nothing`: any rejected row and no observation is written (422 with the summary; the refused batch is kept as a `rejected` submission with its JSON payload). `partial`: valid rows are written and the rest reported. */
                mode?: "all_or_nothing" | "partial";
            };
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubmissionBody"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description Dry run: the summary of what would happen; nothing was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionSummary"];
                };
            };
            /** @description Accepted (wholly or, in partial mode, in part): the import summary */
            201: {
                headers: {
                    /** @description The submission */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionSummary"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rejected: in all-or-nothing mode a row was rejected, or no row was acceptable; nothing was written. The problem carries the summary. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["SubmissionRejectedProblem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubmissionPayload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The raw payload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": string;
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submission with its summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDetail"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureSetTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                setId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    /** @description attachment; filename=… */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservationHistory: {
        parameters: {
            query: {
                /** @description The measure */
                measureId: string;
                /** @description Omit for the whole organisation */
                unitId?: string;
                /** @description First day of the period */
                period: string;
                /** @description Another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default; an empty result when not visible. */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservationHistory"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listObservations: {
        parameters: {
            query: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description The measure */
                measureId: string;
                /** @description Only this unit (all units and the organisation by default) */
                unitId?: string;
                /** @description Periods starting on or after this date */
                from?: string;
                /** @description Periods starting on or before this date */
                to?: string;
                /** @description Every revision, not only the current one */
                includeRevisions?: "true" | "false";
                /** @description Another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default; an empty result when not visible. */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of observations in period order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservationPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureSpcSvg: {
        parameters: {
            query?: {
                /** @description Read another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description A unit’s series; the whole organisation’s by default */
                unitId?: string;
                /** @description First period (inclusive) */
                from?: string;
                /** @description Last period (inclusive) */
                to?: string;
                /** @description Overrides the measure’s default chart (xmr for mdc; run, i, mr, c, u, p, pp, up, g, t for anhoej) */
                chart?: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
                /** @description Overrides the measure’s rule family (mdc or anhoej) */
                ruleFamily?: "mdc" | "anhoej";
                /** @description Overrides the measure’s improvement direction */
                improvementDirection?: "increase" | "decrease" | "neutral";
                /** @description Overrides the target (displayed units) */
                target?: number | null;
                /** @description Overrides the stored baseline length: limits from the first N periods of each phase */
                baselineLength?: number;
                /** @description Screen large moving ranges (default true) */
                screenMovingRanges?: "true" | "false";
                /** @description mdc trend and shift length (6 or 7, default 7) */
                runLength?: number;
                /** @description mdc 2-of-3 rule also counts points beyond the limits (default false) */
                twoOfThreeIncludesBeyondLimits?: "true" | "false";
                /** @description Icons are withheld below this many observed points (default 13) */
                minimumPointsForIcons?: number;
            };
            header?: never;
            path: {
                measureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SVG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <svg xmlns="http://www.w3.org/2000/svg" width="800" height="360" viewBox="0 0 800 360" role="img"><title>4-hour performance</title>…</svg> */
                    "image/svg+xml": string;
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureSpc: {
        parameters: {
            query?: {
                /** @description Read another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description A unit’s series; the whole organisation’s by default */
                unitId?: string;
                /** @description First period (inclusive) */
                from?: string;
                /** @description Last period (inclusive) */
                to?: string;
                /** @description Overrides the measure’s default chart (xmr for mdc; run, i, mr, c, u, p, pp, up, g, t for anhoej) */
                chart?: "xmr" | "run" | "i" | "mr" | "c" | "u" | "p" | "pp" | "up" | "g" | "t";
                /** @description Overrides the measure’s rule family (mdc or anhoej) */
                ruleFamily?: "mdc" | "anhoej";
                /** @description Overrides the measure’s improvement direction */
                improvementDirection?: "increase" | "decrease" | "neutral";
                /** @description Overrides the target (displayed units) */
                target?: number | null;
                /** @description Overrides the stored baseline length: limits from the first N periods of each phase */
                baselineLength?: number;
                /** @description Screen large moving ranges (default true) */
                screenMovingRanges?: "true" | "false";
                /** @description mdc trend and shift length (6 or 7, default 7) */
                runLength?: number;
                /** @description mdc 2-of-3 rule also counts points beyond the limits (default false) */
                twoOfThreeIncludesBeyondLimits?: "true" | "false";
                /** @description Icons are withheld below this many observed points (default 13) */
                minimumPointsForIcons?: number;
            };
            header?: never;
            path: {
                measureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analysis of the stored series */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredSpc"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLimitChanges: {
        parameters: {
            query: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                measureId: string;
                /** @description Another organisation’s limit changes: for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description A unit’s series; the whole organisation by default */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of limit changes in creation order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitChangePage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLimitChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLimitChange"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The new list of the series’ limit changes */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitChange"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAnnotations: {
        parameters: {
            query: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                measureId: string;
                /** @description Another organisation’s annotations: for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description A unit’s series; the whole organisation by default */
                unitId?: string;
                /** @description First period (inclusive) */
                from?: string;
                /** @description Last period (inclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of annotations in creation order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAnnotation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAnnotation"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The new list of the series’ annotations */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Annotation"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoardSummarySvg: {
        parameters: {
            query: {
                measureSetId: string;
                /** @description Read another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description A unit’s series; the whole organisation’s by default */
                unitId?: string;
                /** @description Points in each sparkline (the last N periods) */
                points?: number;
                /** @description The day the data-quality state is judged on (which period should be the latest); today by default */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SVG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <svg xmlns="http://www.w3.org/2000/svg" width="760" height="188" viewBox="0 0 760 188" role="img"><title>Integrated performance report</title>…</svg> */
                    "image/svg+xml": string;
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoardSummary: {
        parameters: {
            query: {
                measureSetId: string;
                /** @description Read another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description A unit’s series; the whole organisation’s by default */
                unitId?: string;
                /** @description Points in each sparkline (the last N periods) */
                points?: number;
                /** @description The day the data-quality state is judged on (which period should be the latest); today by default */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardSummary"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureThread: {
        parameters: {
            query?: {
                /** @description Read another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description A unit’s series; the whole organisation’s by default */
                unitId?: string;
                /** @description How many links to follow up and down */
                depth?: number;
            };
            header?: never;
            path: {
                measureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoldenThread"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataQuality: {
        parameters: {
            query?: {
                /** @description Read another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default. */
                organisationId?: string;
                /** @description For a programme owner: without `organisationId`, the report for every organisation actively enrolled in the programme, over the programme’s measures (or the set’s) */
                programmeId?: string;
                /** @description Only the measures of this set */
                measureSetId?: string;
                /** @description First period (default: a year before `to`) */
                from?: string;
                /** @description Last period (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataQualityReport"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    analyseFunnel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FunnelRequest"];
            };
        };
        responses: {
            /** @description The funnel plot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelResponse"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBenchmarkRuns: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                programmeId?: string;
                measureId?: string;
                status?: "draft" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkRunPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBenchmarkRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBenchmarkRun"];
            };
        };
        responses: {
            /** @description The run */
            201: {
                headers: {
                    /** @description The new benchmark run */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkRun"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBenchmarkRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkRun"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBenchmarkRunInputs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recorded inputs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkRunInputs"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyBenchmarkRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkRunVerification"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishBenchmarkRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkRun"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBenchmarkPeerView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The peer view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkPeerView"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBenchmarkFunnelSvg: {
        parameters: {
            query?: {
                /** @description Programme owner only: an organisation to highlight (an enrolled organisation always sees itself highlighted) */
                highlight?: string;
            };
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SVG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBenchmarkPeerGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The peer groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkPeerGroups"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNationalTrend: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                programmeId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The national trend */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalTrend"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openOutlierCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run’s cases; `opened` counts the new ones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedOutlierCases"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutlierCases: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                programmeId?: string;
                stage?: components["schemas"]["OutlierStage"];
                /** @description `true`: only cases past their stage deadline (working days) */
                overdue?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCasePage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutlierCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case, its deadline and every step so far */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCaseWithEvents"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkOutlierCaseData: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseNote"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifyOutlierProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseNote"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    respondToOutlierCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseResponse"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    escalateOutlierCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseNote"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewOutlierCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseReview"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifyConfirmedOutlier: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseNote"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeOutlierCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseNote"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishOutlierCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseNote"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rerunOutlierCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlierCaseNote"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    /** @description Version of the outlier case; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlierCase"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the case’s current stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importFramework: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FrameworkDocument"];
            };
        };
        responses: {
            /** @description Imported as a draft version */
            201: {
                headers: {
                    /** @description Version of the framework version; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new framework version */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFrameworks: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of frameworks in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFramework: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                frameworkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The framework */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Framework"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFrameworkVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                frameworkId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The framework version */
            200: {
                headers: {
                    /** @description Version of the framework version; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFrameworkVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                frameworkId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The framework document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDocument"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishFrameworkVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                frameworkId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published */
            200: {
                headers: {
                    /** @description Version of the framework version; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retireFrameworkVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                frameworkId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retired */
            200: {
                headers: {
                    /** @description Version of the framework version; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkVersion"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInspections: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                stage?: "planned" | "fieldwork" | "draft" | "factual_accuracy" | "published" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inspections in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspection"];
            };
        };
        responses: {
            /** @description Planned */
            201: {
                headers: {
                    /** @description Version of the inspection; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new inspection */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inspection */
            200: {
                headers: {
                    /** @description Version of the inspection; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startInspectionFieldwork: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    /** @description Version of the inspection; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitInspectionDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    /** @description Version of the inspection; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shareInspectionDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    /** @description Version of the inspection; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    /** @description Version of the inspection; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the latest read of the resource */
                "if-match"?: string;
            };
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    /** @description Version of the inspection; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match header required",
                     *       "status": 428
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFindings: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of findings in id order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingPage"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409. */
                "idempotency-key"?: string;
            };
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFinding"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description Version of the finding; send it back as If-Match to update it */
                    ETag?: string;
                    /** @description The new finding */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Finding"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a media type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unprocessable-entity",
                     *       "title": "Request cannot be processed",
                     *       "status": 422
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The finding */
            200: {
                headers: {
                    /** @description Version of the finding; send it back as If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Finding"];
                };
            };
            /** @description The request is malformed or fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Request failed validation",
                     *       "status": 400
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthenticated",
                     *       "title": "Authentication required",
                     *       "status": 401
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The principal lacks the role or scope, or its organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed",
                     *       "status": 403
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
