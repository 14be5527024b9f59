/**
 * Generated from the server's OpenAPI document by `npm run generate:api`; do not edit.
 * A test fails when this file is older than the server's routes.
 */

export interface paths {
    "/api/accounting/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metered vs declared accelerator-hours per period, difference, tolerance, beyond (inspectors, admin, its operators) */
        get: operations["getFacilityAccounting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cumulative FLOP per run against the thresholds, with crossing dates (full for inspectors and admin; a public summary of declared runs otherwise) */
        get: operations["getRunAccounting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participants: every state and the organizations, with their status (public) */
        get: operations["listAssemblyParticipants"];
        put?: never;
        /** Add an organization (admin) */
        post: operations["addAssemblyOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        /** Set many participants' status at once, all or nothing; each change logged as the single PATCH logs it (admin) */
        patch: operations["updateAssemblyParticipants"];
        trace?: never;
    };
    "/api/assembly/participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One participant (public) */
        get: operations["getAssemblyParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a participant's status, or an organization's name or category (admin) */
        patch: operations["updateAssemblyParticipant"];
        trace?: never;
    };
    "/api/assembly/participants/{id}/witness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Register (or replace) the witness a member participant runs: its delegate, or the admin; logged as witness.registered. A new key is not asked to cosign until the admin says so */
        put: operations["registerParticipantWitness"];
        post?: never;
        /** Withdraw a participant's witness: its delegate, or the admin; logged as witness.withdrawn */
        delete: operations["withdrawParticipantWitness"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly/power": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Banzhaf and Shapley–Shubik indices of the current members for one kind of motion (public) */
        get: operations["getAssemblyPower"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rules: weighting, quorum, thresholds, organizations’ chamber, seconds (public) */
        get: operations["getAssemblyRules"];
        /** Replace the rules (admin); 409 ballot_open while a motion is open */
        put: operations["replaceAssemblyRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly/rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The weights and voting power rules would give the current members, without saving them (admin) */
        post: operations["previewAssemblyRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each state's standing: invited, observer, member, signed, ratified, withdrawn (public) */
        get: operations["getAssemblyStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each member's weight share under the current rules (public) */
        get: operations["getAssemblyWeights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; sets an httpOnly session cookie */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in (user null when nobody) */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Challenges, newest first (inspectors and admin: all; operators: their facilities’) */
        get: operations["listChallenges"];
        put?: never;
        /** Challenge named workloads of a facility, or a sample drawn with the ledger root as seed (inspector) */
        post: operations["openChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One challenge with answers and revealed records (inspectors, admin, the facility’s operators) */
        get: operations["getChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer for one workload with its private record and salt (the facility’s operators) */
        post: operations["answerChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pledge campaigns with their totals; campaigns past their deadline are settled first (public) */
        get: operations["listCampaigns"];
        put?: never;
        /** Open an all-or-nothing campaign: goal, minimum goal, currency, deadline (admin; logged) */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign; settled first if its deadline has passed (public) */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/campaigns/{id}/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign’s pledges with pledgers and payment references (admin) */
        get: operations["listPledges"];
        put?: never;
        /** Pledge to an open campaign with a name and e-mail (anyone) or for a person (admin); logged without personal data */
        post: operations["createPledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/campaigns/{id}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle a campaign after its deadline, exactly once: collect every pledge if the minimum is reached, else release every pledge (admin; logged) */
        post: operations["settleCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contributions ledger, newest first (admin) */
        get: operations["listContributions"];
        put?: never;
        /** Record a contribution of hours and/or money (admin; logged) */
        post: operations["createContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/contributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contribution (admin) */
        get: operations["getContribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/contributions/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a contribution by a reversing entry; entries are never edited (admin; logged) */
        post: operations["reverseContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/contributions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contributions from CSV, all or nothing (admin; logged)
         * @description Body: CSV text (Content-Type: text/csv) with a header row of person, date, hours, amount, currency, description. person is an id or an exact name; amount is in major units. If any row is bad nothing is stored and the answer (422 import_rejected) lists every bad row with its reasons in error.details.rejected.
         */
        post: operations["importContributions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/contributions/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of an import: the same answer the import would give, without storing or logging anything (admin)
         * @description The same body as POST /api/coalition/contributions/import, read and checked by the same code against the people stored now. A good file answers 200 with `rows`, the contributions the import would store (person resolved, amounts in minor units); a file with any bad row answers the import's own 422 import_rejected, listing every bad row with its reasons in error.details.rejected. Nothing is stored either way (people added or removed before the import may change its answer).
         */
        post: operations["previewContributionsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Summits, working groups and meetings (public) */
        get: operations["listCoalitionEvents"];
        put?: never;
        /** Create an event; times are local wall-clock times in its IANA time zone (admin; logged) */
        post: operations["createCoalitionEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event as an iCalendar feed (RFC 5545) to subscribe to (public) */
        get: operations["getCoalitionEventsCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with its agenda, public members and outputs (public) */
        get: operations["getCoalitionEvent"];
        put?: never;
        post?: never;
        /** Delete an event and its registrations (admin; logged) */
        delete: operations["deleteCoalitionEvent"];
        options?: never;
        head?: never;
        /** Change an event; a larger capacity promotes from the waiting list (admin; logged) */
        patch: operations["updateCoalitionEvent"];
        trace?: never;
    };
    "/api/coalition/events/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every member of a working group, undisclosed people included (admin) */
        get: operations["listWorkingGroupMembers"];
        put?: never;
        /** Add a person to a working group (admin) */
        post: operations["addWorkingGroupMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/events/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person from a working group (admin) */
        delete: operations["removeWorkingGroupMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/events/{id}/outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a working group output document by URL (admin; logged) */
        post: operations["addWorkingGroupOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/events/{id}/outputs/{outputId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a working group output (admin) */
        delete: operations["removeWorkingGroupOutput"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event’s registrations (admin) */
        get: operations["listEventRegistrations"];
        put?: never;
        /** Register with a name and e-mail (no account needed): confirmed while places remain, else waiting; returns a cancel token once (public) */
        post: operations["createEventRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** "Funding so far": totals per contributor, most hours first, and the coalition totals (public) */
        get: operations["getCoalitionFunding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a milestone (admin; logged) */
        post: operations["createRoadmapMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a milestone (admin; logged) */
        delete: operations["deleteRoadmapMilestone"];
        options?: never;
        head?: never;
        /** Change a milestone: status, date, linked events (admin; logged) */
        patch: operations["updateRoadmapMilestone"];
        trace?: never;
    };
    "/api/coalition/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All organizations (admin) */
        get: operations["listCoalitionOrganizations"];
        put?: never;
        /** Add an organization (admin; logged) */
        post: operations["createCoalitionOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization (admin) */
        get: operations["getCoalitionOrganization"];
        put?: never;
        post?: never;
        /** Remove an organization; its people stay (admin; logged) */
        delete: operations["deleteCoalitionOrganization"];
        options?: never;
        head?: never;
        /** Change an organization (admin; logged) */
        patch: operations["updateCoalitionOrganization"];
        trace?: never;
    };
    "/api/coalition/outreach/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Next actions past their date on open targets, most overdue first (admin, staff) */
        get: operations["listOutreachOverdueActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/outreach/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Targets by stage and by country (admin, staff) */
        get: operations["getOutreachSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/outreach/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outreach targets, highest priority first; filter by stage or country (admin, staff) */
        get: operations["listOutreachTargets"];
        put?: never;
        /** Add a target; it starts as identified (admin, staff) */
        post: operations["createOutreachTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/outreach/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A target with its interactions and stage history (admin, staff) */
        get: operations["getOutreachTarget"];
        put?: never;
        post?: never;
        /** Delete a target and its history (admin, staff) */
        delete: operations["deleteOutreachTarget"];
        options?: never;
        head?: never;
        /** Change a target’s details (admin, staff); its stage moves through …/stage */
        patch: operations["updateOutreachTarget"];
        trace?: never;
    };
    "/api/coalition/outreach/targets/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an interaction, with the next action and its date (admin, staff) */
        post: operations["createOutreachInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/outreach/targets/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a target to a stage: identified → contacted → engaged → supportive → committed, or declined (admin, staff) */
        post: operations["moveOutreachTargetStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations and the people who chose to be public (public) */
        get: operations["listCoalitionPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All people, undisclosed ones included (admin) */
        get: operations["listCoalitionPeople"];
        put?: never;
        /** Add a person (admin) */
        post: operations["createCoalitionPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person (admin) */
        get: operations["getCoalitionPerson"];
        put?: never;
        post?: never;
        /** Remove a person without contributions or pledges (admin) */
        delete: operations["deleteCoalitionPerson"];
        options?: never;
        head?: never;
        /** Change a person, e.g. make them undisclosed (admin) */
        patch: operations["updateCoalitionPerson"];
        trace?: never;
    };
    "/api/coalition/registrations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a registration with its cancel token (or as admin); the first waiting person is promoted */
        post: operations["cancelEventRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coalition/roadmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Milestones by target date, with their linked events (public) */
        get: operations["listRoadmapMilestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every registered facility with its inventory and report count (public) */
        get: operations["listFacilities"];
        put?: never;
        /** Register a facility (operator, who becomes bound to it; or admin) */
        post: operations["registerFacility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One facility: inventory, keys, report headlines (public; operators listed to inspectors and its operators) */
        get: operations["getFacility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the signing key: the new key signs from now (or `at`), the active ones retire (its operators, admin) */
        post: operations["rotateFacilityKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}/operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind an operator account to the facility (admin) */
        post: operations["addFacilityOperator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}/reports/{sequence}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stored report in its signed form, with signature and logged hash (inspectors, admin, its operators) */
        get: operations["getComputeReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flags computed from the stored reports, runs and challenges, each with its evidence (inspectors, admin) */
        get: operations["listVerificationFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and which database is in use */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checkpoint (C2SP tlog-checkpoint): while the log asks witnesses, the newest that reached the quorum, with the log’s signature then the cosignatures; else (or before any did) the current tree signed by the log */
        get: operations["getLogCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/checkpoint/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checkpoint of the current tree, signed by the log only, not yet witnessed */
        get: operations["getLatestLogCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries [start, end), at most 1000 per call; optionally only those of a kind and/or about a subject */
        get: operations["listLogEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The verifier key in signed-note form */
        get: operations["getLogVerifierKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFC 9162 consistency proof between the trees of `from` and `to` entries */
        get: operations["getConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/proof/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFC 9162 inclusion proof of entry `index` in the tree of `size` entries */
        get: operations["getInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full hash tile, tile index of 1 group
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial hash tile, tile index of 1 group
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/x{N1}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full hash tile, tile index of 2 groups
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogTileAtDepth2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/x{N1}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial hash tile, tile index of 2 groups
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogTileAtDepth2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/x{N2}/x{N1}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full hash tile, tile index of 3 groups
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogTileAtDepth3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/x{N2}/x{N1}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial hash tile, tile index of 3 groups
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogTileAtDepth3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/x{N3}/x{N2}/x{N1}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full hash tile, tile index of 4 groups
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogTileAtDepth4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/x{N3}/x{N2}/x{N1}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial hash tile, tile index of 4 groups
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogTileAtDepth4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/x{N4}/x{N3}/x{N2}/x{N1}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full hash tile, tile index of 5 groups
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogTileAtDepth5"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/x{N4}/x{N3}/x{N2}/x{N1}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial hash tile, tile index of 5 groups
         * @description Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …, W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogTileAtDepth5"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full entry bundle, tile index of 1 group
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogEntryBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial entry bundle, tile index of 1 group
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogEntryBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/x{N1}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full entry bundle, tile index of 2 groups
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogEntryBundleAtDepth2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/x{N1}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial entry bundle, tile index of 2 groups
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogEntryBundleAtDepth2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/x{N2}/x{N1}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full entry bundle, tile index of 3 groups
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogEntryBundleAtDepth3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/x{N2}/x{N1}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial entry bundle, tile index of 3 groups
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogEntryBundleAtDepth3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/x{N3}/x{N2}/x{N1}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full entry bundle, tile index of 4 groups
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogEntryBundleAtDepth4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/x{N3}/x{N2}/x{N1}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial entry bundle, tile index of 4 groups
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogEntryBundleAtDepth4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/x{N4}/x{N3}/x{N2}/x{N1}/{N0}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full entry bundle, tile index of 5 groups
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), 256 of them (a full tile, immutable). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getLogEntryBundleAtDepth5"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/entries/x{N4}/x{N3}/x{N2}/x{N1}/{N0}.p/{W}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partial entry bundle, tile index of 5 groups
         * @description Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON), W of them (a partial tile, served no-cache). Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.
         */
        get: operations["getPartialLogEntryBundleAtDepth5"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/witnesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The witnesses: configured (always asked) and registered by delegations (asked once the admin says so), with the quorum and how far each has cosigned (public) */
        get: operations["listLogWitnesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/witnesses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ask a registered witness to cosign the log’s checkpoints, or stop asking it (admin; logged as log.witness-asked) */
        patch: operations["setLogWitnessAsked"];
        trace?: never;
    };
    "/api/motions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Motions, newest first (public); due motions are opened or closed by the read */
        get: operations["listMotions"];
        put?: never;
        /** Put an amendment on the floor, a draft or a procedural question to the vote (admin) */
        post: operations["createMotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/motions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One motion: turnout while open; tally and every ballot once closed (public; a read after the closing time closes it) */
        get: operations["getMotion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/motions/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cast or change your participant's ballot: yes, no or abstain (a delegate in the electorate) */
        post: operations["castBallot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/motions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a motion after its closing time (admin): tally, reveal, apply */
        post: operations["closeMotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/motions/{id}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The log entries of the motion (subject motion:<id>), exact bytes and leaf hashes, for a retally (public) */
        get: operations["getMotionLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/power": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Normalised Banzhaf and Shapley–Shubik indices and veto players of a weighted game [quota; weights] (public) */
        post: operations["computeVotingPower"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit one signed compute report (an operator of its facility, or admin)
         * @description Checked in order: account, signature (Ed25519 over the RFC 8785 canonical report, key valid at periodEnd), period not in the future, sequence (replay, gap), period overlap, figures, capacity, workload ids. Refused with a stable code and nothing stored.
         */
        post: operations["submitComputeReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit up to 500 signed reports in one transaction, all or nothing
         * @description Each report is checked as by `submitComputeReport`; the first refused one refuses the batch, and its `index` is in the details.
         */
        post: operations["submitComputeReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Declared training runs (public) */
        get: operations["listTrainingRuns"];
        put?: never;
        /** Declare a training run (operator or admin) */
        post: operations["declareTrainingRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One declared run (public) */
        get: operations["getTrainingRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 195 reference states (public) */
        get: operations["listStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/states/{iso3}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One state by ISO 3166-1 alpha-3 code (public) */
        get: operations["getState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (never their secrets) */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token; its secret is shown this once */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Treaties (public) */
        get: operations["listTreaties"];
        put?: never;
        /** Create a draft from a title and ordered articles (admin) */
        post: operations["createTreaty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The treaty and its current consolidated text, in ?lang= (default its source language) with each article’s translation state (public) */
        get: operations["getTreaty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Amendments of a treaty (public) */
        get: operations["listTreatyAmendments"];
        put?: never;
        /** Propose an amendment against a base version (a member's delegate) */
        post: operations["proposeAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/amendments/{aid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One amendment with its seconds, comments and motions (public) */
        get: operations["getTreatyAmendment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/amendments/{aid}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on an amendment (delegates, staff, admin) */
        post: operations["commentOnAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/amendments/{aid}/seconds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second an amendment (another member's delegate; once per participant) */
        post: operations["secondAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Word-level diff per article (matched by stable key) between two versions, of the texts shown in ?lang= (public) */
        get: operations["diffTreatyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/export.akn.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current (or ?version=) text as Akoma Ntoso 3.0 XML, one Expression per ?lang= (every article’s translation current) (public) */
        get: operations["exportTreatyAkomaNtoso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/export.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current (or ?version=) text as Markdown, in ?lang= when every article’s translation is current (public) */
        get: operations["exportTreatyMarkdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/ratifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a state's deposit of ratification (after its signature) */
        post: operations["ratifyTreaty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a state's signature (its delegate, or the admin as depositary) */
        post: operations["signTreaty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signatures, ratifications, shares of world population and GDP, entry into force (public) */
        get: operations["getTreatyStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per language, how many articles of the current (or ?version=) text are current, outdated and missing (public) */
        get: operations["getTreatyTranslations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/translations/{lang}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or update the translation of an article's current text into a language (translators, staff, admin; drafts only) */
        put: operations["translateArticle"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version, oldest first (public) */
        get: operations["listTreatyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One immutable version, in ?lang= with each article’s translation state (public) */
        get: operations["getTreatyVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/treaties/{id}/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a state's withdrawal */
        post: operations["withdrawFromTreaty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All accounts (admin) */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (admin) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account (admin) */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change role, binding, name, password or disable (admin) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/verification/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thresholds, tolerance, training-like rules and challenge deadline (public) */
        get: operations["getVerificationSettings"];
        /** Replace the verification settings (admin); logged */
        put: operations["replaceVerificationSettings"];
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
        AcceptedReport: {
            logIndex: number;
            reportId: string;
            reportSha256: string;
            /** @description Workloads citing a run id nobody declared: accepted, and accounted as undeclared */
            warnings: {
                /** @enum {string} */
                code: "undeclared-run";
                runId: string;
                workloadId: string;
            }[];
        };
        AcceptedReports: {
            accepted: components["schemas"]["AcceptedReport"][];
        };
        Amendment: {
            afterKey: string | null;
            appliedVersion: number | null;
            articleKey: string | null;
            baseVersion: number;
            body: string | null;
            createdAt: string;
            heading: string | null;
            id: number;
            /** @enum {string} */
            op: "insert" | "replace" | "delete" | "edit";
            participantId: number;
            participantName: string;
            rationale: string;
            seconds: number;
            secondsRequired: number;
            /** @enum {string} */
            status: "proposed" | "on_floor" | "adopted" | "rejected" | "needs_rebase";
            treatyId: number;
        };
        AmendmentComment: {
            author: string;
            body: string;
            createdAt: string;
            id: number;
            participantId: number | null;
            participantName: string | null;
        };
        AmendmentDetail: {
            afterKey: string | null;
            appliedVersion: number | null;
            articleKey: string | null;
            baseVersion: number;
            body: string | null;
            comments: components["schemas"]["AmendmentComment"][];
            createdAt: string;
            heading: string | null;
            id: number;
            motions: {
                id: number;
                /** @enum {string} */
                status: "pending" | "closed";
                title: string;
            }[];
            /** @enum {string} */
            op: "insert" | "replace" | "delete" | "edit";
            original: {
                body: string;
                heading: string;
                key: string;
            } | null;
            participantId: number;
            participantName: string;
            rationale: string;
            secondedBy: {
                at: string;
                name: string;
                participantId: number;
            }[];
            seconds: number;
            secondsRequired: number;
            /** @enum {string} */
            status: "proposed" | "on_floor" | "adopted" | "rejected" | "needs_rebase";
            treatyId: number;
        };
        ApiToken: {
            createdAt: string;
            id: number;
            name: string;
            prefix: string;
            revokedAt: string | null;
        };
        ApiTokens: {
            tokens: components["schemas"]["ApiToken"][];
        };
        Article: {
            body: string;
            heading: string;
            key: string;
            num: number;
            translation: components["schemas"]["ArticleTranslation"];
        };
        ArticleTranslation: {
            outdated: {
                body: string;
                heading: string;
            } | null;
            sourceVersion: number | null;
            /**
             * @description source: the article as written; current: its translation of this text; outdated: a translation of an earlier text exists (the source text is shown, the translation is in `outdated`); missing: no translation (the source text is shown)
             * @enum {string}
             */
            state: "source" | "current" | "outdated" | "missing";
            translatedAt: string | null;
            translator: string | null;
        };
        AssemblyPower: {
            /** @enum {string} */
            kind: "procedural" | "amendment" | "adoption";
            notes: string[];
            players: components["schemas"]["AssemblyPowerPlayer"][];
            quota: number;
            resolution: number;
            rulesVersion: number;
            threshold: number;
            totalWeight: number;
            vetoPlayers: string[];
        };
        AssemblyPowerPlayer: {
            banzhaf: number;
            banzhafAbsolute: number;
            name: string;
            participantId: number;
            shapleyShubik: number | null;
            share: number;
            veto: boolean;
            weight: number;
        };
        AssemblyRules: {
            orgChamber: {
                /** @enum {string} */
                mode: "advisory";
            } | {
                /** @enum {string} */
                mode: "weighted";
                share: number;
            };
            quorum: number;
            /**
             * @default [
             *       "ar",
             *       "en",
             *       "es",
             *       "fr",
             *       "ru",
             *       "zh"
             *     ]
             */
            requiredLanguages: components["schemas"]["TreatyLanguage"][];
            secondsRequired: number;
            thresholds: {
                adoption: {
                    doubleMajority: number | null;
                    threshold: number;
                };
                amendment: {
                    doubleMajority: number | null;
                    threshold: number;
                };
                procedural: {
                    doubleMajority: number | null;
                    threshold: number;
                };
            };
            weighting: {
                equal: number;
                gdp: number;
                population: number;
                sqrtPopulation: number;
            };
        };
        AssemblyRulesPreview: {
            power: components["schemas"]["AssemblyPower"];
            weights: components["schemas"]["AssemblyWeights"];
        };
        AssemblyRulesPreviewRequest: {
            /**
             * @default adoption
             * @enum {string}
             */
            kind: "procedural" | "amendment" | "adoption";
            resolution?: number;
            rules: components["schemas"]["AssemblyRules"];
        };
        AssemblyRulesView: {
            rules: components["schemas"]["AssemblyRules"];
            version: number;
        };
        AssemblyStanding: {
            states: {
                iso3: string;
                name: string;
                participantId: number;
                /** @enum {string} */
                standing: "withdrawn" | "invited" | "observer" | "member" | "signed" | "ratified";
                /** @enum {string} */
                status: "invited" | "member" | "observer" | "withdrawn";
            }[];
            treatyId: number | null;
        };
        AssemblyWeights: {
            chambers: {
                organizations: number;
                states: number;
            };
            members: components["schemas"]["WeightRow"][];
            orgChamber: {
                /** @enum {string} */
                mode: "advisory";
            } | {
                /** @enum {string} */
                mode: "weighted";
                share: number;
            };
            rulesVersion: number;
        };
        BallotReceipt: {
            changed: boolean;
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
            commitment: string;
            logIndex: number;
            motionId: number;
            participantId: number;
        };
        Campaign: {
            createdAt: string;
            currency: string;
            deadline: string;
            description: string;
            goalMinor: number;
            id: number;
            minimumMinor: number;
            pledgeCount: number;
            pledgedMinor: number;
            settledAt: string | null;
            /** @enum {string} */
            status: "open" | "collected" | "released";
            title: string;
        };
        Challenge: {
            deadline: string;
            decidedAt: string | null;
            facilityId: string;
            id: number;
            issuedAt: string;
            sample: components["schemas"]["ChallengeSample"];
            /** @enum {string} */
            status: "open" | "passed" | "failed" | "overdue";
            workloads: components["schemas"]["ChallengeWorkload"][];
        };
        ChallengeAnswer: {
            /** @description The private record the commitment was made to */
            record: {
                [key: string]: unknown;
            };
            /** @description The 32-byte salt, hex */
            salt: string;
            /** @example w3f9a0c12de45b678 */
            workloadId: string;
        };
        ChallengeList: {
            challenges: components["schemas"]["Challenge"][];
        };
        /** @description How the workloads were drawn; null when they were named */
        ChallengeSample: {
            candidates: string[] | null;
            seedHex: string;
            sequenceFrom: number | null;
            sequenceTo: number | null;
            size: number;
            treeSize: number;
        } | null;
        ChallengeWorkload: {
            acceleratorHours: number;
            answeredAt: string | null;
            /** @enum {string} */
            class: "training" | "fine-tuning" | "inference" | "other";
            commitment: string;
            problems: string[] | null;
            /** @description The revealed private record; null until answered */
            record: {
                [key: string]: unknown;
            } | null;
            reportId: string;
            runId: string | null;
            /** @description The revealed salt, hex; null until answered */
            salt: string | null;
            sequence: number;
            /** @enum {string} */
            status: "pending" | "passed" | "failed";
            utilization: number;
            workloadId: string;
        };
        CoalitionEvent: {
            agenda: {
                speaker: string | null;
                time: string | null;
                title: string;
            }[];
            capacity: number | null;
            confirmed: number;
            description: string;
            end: string;
            /** @example 2025-05-20T07:00:00.000Z */
            endsAt: string;
            id: number;
            /** @enum {string} */
            kind: "summit" | "working_group" | "meeting";
            members: {
                name: string;
                personId: number;
            }[];
            /** @enum {string} */
            mode: "in_person" | "online" | "hybrid";
            onlineUrl: string | null;
            outputs: {
                id: number;
                publishedOn: string | null;
                title: string;
                url: string;
            }[];
            place: string | null;
            spotsLeft: number | null;
            /** @description local wall-clock time in timeZone */
            start: string;
            /** @example 2025-05-20T07:00:00.000Z */
            startsAt: string;
            timeZone: string;
            title: string;
            waiting: number;
        };
        CoalitionEventPatch: {
            agenda?: components["schemas"]["EventAgendaItem"][];
            capacity?: number | null;
            description?: string;
            /**
             * @description wall-clock time in the event time zone
             * @example 2025-05-20T09:00
             */
            end?: string;
            /** @enum {string} */
            kind?: "summit" | "working_group" | "meeting";
            /**
             * Format: uri
             * @example https://example.org
             */
            onlineUrl?: string | null;
            place?: string | null;
            /**
             * @description wall-clock time in the event time zone
             * @example 2025-05-20T09:00
             */
            start?: string;
            /** @example Europe/Rome */
            timeZone?: string;
            title?: string;
        };
        CoalitionFunding: {
            contributors: {
                disclosed: boolean;
                hours: number;
                money: components["schemas"]["CoalitionMoney"][];
                name: string;
            }[];
            totals: {
                contributors: number;
                hours: number;
                money: components["schemas"]["CoalitionMoney"][];
            };
        };
        CoalitionMoney: {
            amountMinor: number;
            currency: string;
        };
        CoalitionOrganization: {
            countryIso3: string | null;
            createdAt: string;
            description: string | null;
            id: number;
            joinedOn: string | null;
            /** @enum {string} */
            kind: "partner" | "member" | "observer";
            name: string;
            website: string | null;
        };
        CoalitionOrganizationPatch: {
            /** @example CHE */
            countryIso3?: string | null;
            description?: string | null;
            /**
             * Format: date
             * @example 2025-05-20
             */
            joinedOn?: string | null;
            /** @enum {string} */
            kind?: "partner" | "member" | "observer";
            name?: string;
            /**
             * Format: uri
             * @example https://example.org
             */
            website?: string | null;
        };
        CoalitionPartners: {
            organizations: {
                countryIso3: string | null;
                countryName: string | null;
                description: string | null;
                id: number;
                joinedOn: string | null;
                /** @enum {string} */
                kind: "partner" | "member" | "observer";
                name: string;
                website: string | null;
            }[];
            people: {
                id: number;
                name: string;
                organizationId: number | null;
                organizationName: string | null;
                roles: ("executive_director" | "team" | "advisor" | "volunteer")[];
            }[];
        };
        CoalitionPerson: {
            createdAt: string;
            id: number;
            name: string;
            organizationId: number | null;
            organizationName: string | null;
            roles: ("executive_director" | "team" | "advisor" | "volunteer")[];
            /** @enum {string} */
            visibility: "public" | "undisclosed";
        };
        CoalitionPersonPatch: {
            name?: string;
            organizationId?: number | null;
            roles?: ("executive_director" | "team" | "advisor" | "volunteer")[];
            /** @enum {string} */
            visibility?: "public" | "undisclosed";
        };
        ComputeReport: {
            energyKwh: number;
            /** @example fac-01 */
            facilityId: string;
            meteredAcceleratorHours: number;
            /** @example 2026-01-01T00:00:00.000Z */
            periodEnd: string;
            /** @example 2026-01-01T00:00:00.000Z */
            periodStart: string;
            /** @description 1, 2, 3, … per facility, no gaps */
            sequence: number;
            workloads: components["schemas"]["Workload"][];
        };
        ConsistencyProof: {
            from: number;
            fromRoot: string;
            path: string[];
            to: number;
            toRoot: string;
        };
        Contribution: {
            amountMinor: number;
            contributedOn: string;
            createdAt: string;
            currency: string | null;
            description: string;
            hours: number;
            id: number;
            personId: number;
            personName: string;
            reversedById: number | null;
            reversesId: number | null;
        };
        ContributionImportPreview: {
            rows: {
                amountMinor: number;
                contributedOn: string;
                currency: string | null;
                description: string;
                hours: number;
                personId: number;
                personName: string;
                row: number;
            }[];
        };
        ContributionImportRejected: {
            error: {
                /** @enum {string} */
                code: "import_rejected";
                details: {
                    /** @description how many rows were good (none of them was stored either) */
                    acceptableRows: number;
                    rejected: {
                        errors: string[];
                        row: number;
                    }[];
                };
                message: string;
            };
        };
        ContributionImportReport: {
            imported: number;
            rows: {
                contributionId: number;
                row: number;
            }[];
        };
        ContributionReversal: {
            /** @example entered twice */
            reason: string;
        };
        CreatedApiToken: {
            createdAt: string;
            id: number;
            name: string;
            prefix: string;
            revokedAt: string | null;
            token: string;
        };
        EntryIntoForce: {
            /**
             * @default and
             * @enum {string}
             */
            combine: "and" | "or";
            delayDays: number;
            gdpShare: number | null;
            populationShare: number | null;
            ratifications: number;
        };
        EventAgendaItem: {
            speaker?: string | null;
            time?: string | null;
            title: string;
        };
        EventRegistration: {
            cancelledAt: string | null;
            createdAt: string;
            email: string;
            eventId: number;
            id: number;
            name: string;
            promotedAt: string | null;
            /** @enum {string} */
            status: "confirmed" | "waiting" | "cancelled";
        };
        EventRegistrationCancel: {
            /** @description the cancel token; not needed by an admin */
            token?: string;
        };
        EventRegistrationCancelled: {
            promotedId: number | null;
            registration: {
                eventId: number;
                id: number;
                /** @enum {string} */
                status: "confirmed" | "waiting" | "cancelled";
            };
        };
        EventRegistrationReceipt: {
            cancelToken: string;
            eventId: number;
            id: number;
            /** @enum {string} */
            status: "confirmed" | "waiting" | "cancelled";
            waitingPosition: number | null;
        };
        FacilityAccounting: {
            facilityId: string;
            periods: components["schemas"]["FacilityPeriod"][];
            tolerance: number;
        };
        FacilityDetail: {
            accelerators: number;
            id: string;
            inventory: components["schemas"]["InventoryItem"][];
            jurisdiction: string;
            keys: components["schemas"]["FacilityKey"][];
            lastReport: {
                periodEnd: string;
                sequence: number;
            } | null;
            name: string;
            operator: string;
            /** @description Listed only to those who may inspect the facility (`viewerMayInspect`) */
            operators?: components["schemas"]["FacilityOperator"][];
            /** @description Σ count × peak FLOP/s */
            peakFlops: number;
            reportCount: number;
            reports: components["schemas"]["ReportHeadline"][];
            viewerMayInspect: boolean;
        };
        FacilityKey: {
            keyId: string;
            publicKeyPem: string;
            retiredAt: string | null;
            validFrom: string;
        };
        FacilityList: {
            facilities: components["schemas"]["FacilitySummary"][];
        };
        FacilityOperator: {
            email: string;
            name: string;
            userId: number;
        };
        FacilityPeriod: {
            beyond: boolean;
            declaredAcceleratorHours: number;
            differenceAcceleratorHours: number;
            meteredAcceleratorHours: number;
            periodEnd: string;
            periodStart: string;
            reportId: string;
            sequence: number;
            toleranceAcceleratorHours: number;
        };
        FacilitySummary: {
            accelerators: number;
            id: string;
            inventory: components["schemas"]["InventoryItem"][];
            jurisdiction: string;
            lastReport: {
                periodEnd: string;
                sequence: number;
            } | null;
            name: string;
            operator: string;
            /** @description Σ count × peak FLOP/s */
            peakFlops: number;
            reportCount: number;
        };
        Flag: {
            challengeId?: string;
            facilityId?: string;
            /** @description A pattern linked across facilities */
            facilityIds?: string[];
            figures: {
                [key: string]: number | string;
            };
            /** @enum {string} */
            kind: "unlicensed-run" | "unaccounted-compute" | "training-like-undeclared" | "facility-undeclared-training" | "challenge-overdue" | "challenge-failed";
            message: string;
            reportIds: string[];
            runId?: string;
            workloadIds?: string[];
        };
        Flags: {
            computedAt: string;
            flags: components["schemas"]["Flag"][];
        };
        Health: {
            /** @enum {string} */
            database: "pglite" | "postgres";
            /** @enum {string} */
            status: "ok";
            version: string;
        };
        InclusionProof: {
            index: number;
            leafHash: string;
            path: string[];
            rootHash: string;
            size: number;
        };
        InventoryItem: {
            count: number;
            /** @example NVIDIA H100 SXM */
            model: string;
            /**
             * @description Peak dense BF16 FLOP/s of one accelerator
             * @example 989000000000000
             */
            peakFlops: number;
        };
        LogEntries: {
            entries: {
                /** @description base64 of the exact leaf bytes (RFC 8785 JSON) */
                canonical: string;
                entry: components["schemas"]["LogEntry"];
                index: number;
                leafHash: string;
            }[];
        };
        LogEntry: {
            actor: string | null;
            at: string;
            body?: unknown;
            kind: string;
            subject: string | null;
        };
        LoggedIn: {
            user: components["schemas"]["SessionUser"];
        };
        Login: {
            /** Format: email */
            email: string;
            password: string;
        };
        Me: {
            user: {
                email: string;
                id: number;
                name: string;
                participantId: number | null;
                role: components["schemas"]["Role"];
            } | null;
        };
        Motion: {
            amendmentId: number | null;
            ballots: {
                /** @enum {string} */
                choice: "yes" | "no" | "abstain";
                /** @enum {string} */
                kind: "state" | "organization";
                name: string;
                participantId: number;
                weight: number;
            }[] | null;
            closedAt: string | null;
            closesAt: string;
            id: number;
            /** @enum {string} */
            kind: "procedural" | "amendment" | "adoption";
            languages: {
                complete: ("ar" | "en" | "es" | "fr" | "ru" | "zh")[];
                required: ("ar" | "en" | "es" | "fr" | "ru" | "zh")[];
                /** @enum {string} */
                sourceLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            } | null;
            myBallot: {
                /** @enum {string|null} */
                choice: "yes" | "no" | "abstain" | null;
                eligible: boolean;
                participantId: number;
            } | null;
            opensAt: string;
            result: {
                appliedVersion?: number | null;
                notApplied?: string;
                tally: components["schemas"]["Tally"];
            } | null;
            rules: {
                doubleMajority: number | null;
                orgChamber: {
                    /** @enum {string} */
                    mode: "advisory";
                } | {
                    /** @enum {string} */
                    mode: "weighted";
                    share: number;
                };
                quorum: number;
                rulesVersion: number;
                threshold: number;
            } | null;
            /** @enum {string} */
            status: "scheduled" | "open" | "closed";
            title: string;
            treatyId: number | null;
            treatyVersion: number | null;
            turnout: {
                organizationMembers: number;
                organizations: number;
                stateMembers: number;
                states: number;
            } | null;
        };
        MotionLog: {
            entries: {
                /** @description base64 of the exact leaf bytes (RFC 8785 JSON) */
                canonical: string;
                index: number;
                leafHash: string;
            }[];
            motionId: number;
        };
        NewAmendment: {
            /** @default null */
            afterKey: string | null;
            /** @default null */
            articleKey: string | null;
            baseVersion: number;
            /** @default null */
            body: string | null;
            /** @default null */
            heading: string | null;
            /** @enum {string} */
            op: "insert" | "replace" | "delete" | "edit";
            rationale: string;
        };
        NewApiToken: {
            name: string;
        };
        NewBallot: {
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
            participantId?: number;
        };
        NewCampaign: {
            /** @example USD */
            currency: string;
            /**
             * Format: date-time
             * @example 2025-12-31T23:59:59Z
             */
            deadline: string;
            description?: string;
            /**
             * @description integer minor units of the currency, at most 1000000000000
             * @example 60000
             */
            goalMinor: number;
            /**
             * @description integer minor units of the currency, at most 1000000000000
             * @example 60000
             */
            minimumMinor: number;
            title: string;
        };
        NewChallenge: {
            /**
             * @description Default: now + challengeDeadlineHours of the settings
             * @example 2026-01-01T00:00:00.000Z
             */
            deadline?: string;
            /** @example fac-01 */
            facilityId: string;
            /** @description Draw this many workloads, weighted by accelerator-hours, seeded by the ledger root */
            sample?: number;
            /** @description Sample from reports with sequence ≥ this (default 1) */
            sequenceFrom?: number;
            /** @description Sample from reports with sequence ≤ this (default the latest) */
            sequenceTo?: number;
            /** @description Workloads to challenge (at most 100); with `sample`, the candidates to draw from */
            workloadIds?: string[];
        };
        NewCoalitionEvent: {
            agenda?: components["schemas"]["EventAgendaItem"][];
            capacity?: number | null;
            description?: string;
            /**
             * @description wall-clock time in the event time zone
             * @example 2025-05-20T09:00
             */
            end: string;
            /** @enum {string} */
            kind: "summit" | "working_group" | "meeting";
            /**
             * Format: uri
             * @example https://example.org
             */
            onlineUrl?: string | null;
            place?: string | null;
            /**
             * @description wall-clock time in the event time zone
             * @example 2025-05-20T09:00
             */
            start: string;
            /** @example Europe/Rome */
            timeZone: string;
            title: string;
        };
        NewCoalitionOrganization: {
            /** @example CHE */
            countryIso3?: string | null;
            description?: string | null;
            /**
             * Format: date
             * @example 2025-05-20
             */
            joinedOn?: string | null;
            /** @enum {string} */
            kind: "partner" | "member" | "observer";
            name: string;
            /**
             * Format: uri
             * @example https://example.org
             */
            website?: string | null;
        };
        NewCoalitionPerson: {
            name: string;
            organizationId?: number | null;
            roles?: ("executive_director" | "team" | "advisor" | "volunteer")[];
            /** @enum {string} */
            visibility?: "public" | "undisclosed";
        };
        NewComment: {
            body: string;
        };
        NewContribution: {
            /**
             * @description integer minor units of the currency, at most 1000000000000
             * @example 60000
             */
            amountMinor?: number;
            /**
             * Format: date
             * @example 2025-05-20
             */
            contributedOn: string;
            /** @example USD */
            currency?: string;
            description?: string;
            /**
             * @description at most two decimals
             * @example 12.5
             */
            hours?: number;
            personId: number;
        };
        NewEventRegistration: {
            /** Format: email */
            email: string;
            name: string;
        };
        NewFacility: {
            /**
             * @description Chosen id (signed into every report); generated when absent
             * @example fac-01
             */
            id?: string;
            inventory: components["schemas"]["InventoryItem"][];
            /** @example FRA */
            jurisdiction: string;
            keys: {
                /**
                 * @description Ed25519 public key, SPKI PEM
                 * @example -----BEGIN PUBLIC KEY-----
                 *     MCowBQYDK2VwAyEA…
                 *     -----END PUBLIC KEY-----
                 */
                publicKeyPem: string;
                /**
                 * @description From when the key signs (default now); may lie in the past to submit earlier periods
                 * @example 2026-01-01T00:00:00.000Z
                 */
                validFrom?: string;
            }[];
            name: string;
            /**
             * @description The organization operating the facility
             * @example Helios Compute
             */
            operator: string;
        };
        NewFacilityKey: {
            /**
             * @description When the rotation takes effect (default now): not in the future, not before the end of the last accepted report
             * @example 2026-01-01T00:00:00.000Z
             */
            at?: string;
            /**
             * @description Ed25519 public key, SPKI PEM
             * @example -----BEGIN PUBLIC KEY-----
             *     MCowBQYDK2VwAyEA…
             *     -----END PUBLIC KEY-----
             */
            publicKeyPem: string;
        };
        NewFacilityOperator: {
            userId: number;
        };
        NewMotion: {
            amendmentId?: number;
            /**
             * Format: date-time
             * @example 2026-05-20T12:00:00Z
             */
            closesAt: string;
            /** @enum {string} */
            kind: "procedural" | "amendment" | "adoption";
            /**
             * Format: date-time
             * @example 2026-05-20T12:00:00Z
             */
            opensAt: string;
            title: string;
            treatyId?: number;
        };
        NewOutreachInteraction: {
            /** @enum {string} */
            channel: "email" | "call" | "video" | "meeting" | "letter" | "event" | "other";
            nextAction?: string | null;
            /**
             * Format: date
             * @example 2025-05-20
             */
            nextActionDue?: string | null;
            /**
             * Format: date
             * @example 2025-05-20
             */
            occurredOn: string;
            summary: string;
        };
        NewOutreachTarget: {
            /** @enum {string} */
            category: "head_of_state" | "advisor" | "security_agency" | "ai_lab" | "state_delegation" | "ngo" | "expert";
            /** @example CHE */
            countryIso3?: string | null;
            name: string;
            notes?: string;
            ownerId?: number | null;
            /** @enum {string} */
            priority?: "high" | "medium" | "low";
            /** @enum {string} */
            type: "person" | "institution";
        };
        NewParticipantOrganization: {
            /**
             * @default ngo
             * @enum {string}
             */
            category: "ngo" | "citizens" | "other";
            name: string;
            /**
             * @default invited
             * @enum {string}
             */
            status: "invited" | "member" | "observer" | "withdrawn";
        };
        NewPledge: {
            /**
             * @description integer minor units of the currency, at most 1000000000000
             * @example 60000
             */
            amountMinor: number;
            /** @example USD */
            currency: string;
            /** Format: email */
            email?: string;
            name?: string;
            /** @description admin only: pledge on behalf of a known person */
            personId?: number;
        };
        NewRoadmapMilestone: {
            description?: string;
            eventIds?: number[];
            /** @enum {string} */
            status?: "planned" | "in_progress" | "done" | "missed";
            /**
             * Format: date
             * @example 2025-05-20
             */
            targetDate: string;
            title: string;
        };
        NewRun: {
            developer: string;
            /** @example 3e+25 */
            expectedFlop: number;
            /**
             * @description Chosen id that workloads cite; generated when absent
             * @example run-frontier-7
             */
            id?: string;
            /** @description Reference of the licence the run holds, if any */
            licenceRef?: string;
            name: string;
            purpose: string;
        };
        NewTranslation: {
            body: string;
            heading: string;
            sourceVersion: number;
        };
        NewTreaty: {
            articles: {
                body: string;
                heading: string;
            }[];
            entryIntoForce?: components["schemas"]["EntryIntoForce"];
            /**
             * @default en
             * @enum {string}
             */
            sourceLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            title: string;
        };
        NewUser: {
            /** Format: email */
            email: string;
            name: string;
            participantId?: number | null;
            password: string;
            role: components["schemas"]["Role"];
        };
        NewWorkingGroupMember: {
            personId: number;
        };
        NewWorkingGroupOutput: {
            /**
             * Format: date
             * @example 2025-05-20
             */
            publishedOn?: string | null;
            title: string;
            /**
             * Format: uri
             * @example https://example.org
             */
            url: string;
        };
        OutreachInteraction: {
            /** @enum {string} */
            channel: "email" | "call" | "video" | "meeting" | "letter" | "event" | "other";
            createdAt: string;
            createdBy: number | null;
            id: number;
            nextAction: string | null;
            nextActionDue: string | null;
            occurredOn: string;
            summary: string;
            targetId: number;
        };
        OutreachOverdue: {
            overdue: {
                daysOverdue: number;
                nextAction: string;
                nextActionDue: string;
                ownerId: number | null;
                ownerName: string | null;
                /** @enum {string} */
                priority: "high" | "medium" | "low";
                /** @enum {string} */
                stage: "identified" | "contacted" | "engaged" | "supportive" | "committed" | "declined";
                targetId: number;
                targetName: string;
            }[];
        };
        OutreachStageChange: {
            changedAt: string;
            changedBy: number | null;
            /** @enum {string|null} */
            fromStage: "identified" | "contacted" | "engaged" | "supportive" | "committed" | "declined" | null;
            /** @enum {string} */
            toStage: "identified" | "contacted" | "engaged" | "supportive" | "committed" | "declined";
        };
        OutreachStageMove: {
            /** @enum {string} */
            stage: "identified" | "contacted" | "engaged" | "supportive" | "committed" | "declined";
        };
        OutreachSummary: {
            byCountry: {
                count: number;
                countryIso3: string | null;
                countryName: string | null;
            }[];
            byStage: {
                count: number;
                /** @enum {string} */
                stage: "identified" | "contacted" | "engaged" | "supportive" | "committed" | "declined";
            }[];
            total: number;
        };
        OutreachTarget: {
            /** @enum {string} */
            category: "head_of_state" | "advisor" | "security_agency" | "ai_lab" | "state_delegation" | "ngo" | "expert";
            countryIso3: string | null;
            createdAt: string;
            id: number;
            lastInteractionOn: string | null;
            name: string;
            nextAction: string | null;
            nextActionDue: string | null;
            notes: string;
            ownerId: number | null;
            ownerName: string | null;
            /** @enum {string} */
            priority: "high" | "medium" | "low";
            /** @enum {string} */
            stage: "identified" | "contacted" | "engaged" | "supportive" | "committed" | "declined";
            stageChangedAt: string;
            /** @enum {string} */
            type: "person" | "institution";
        };
        OutreachTargetDetail: {
            /** @enum {string} */
            category: "head_of_state" | "advisor" | "security_agency" | "ai_lab" | "state_delegation" | "ngo" | "expert";
            countryIso3: string | null;
            createdAt: string;
            id: number;
            interactions: components["schemas"]["OutreachInteraction"][];
            lastInteractionOn: string | null;
            name: string;
            nextAction: string | null;
            nextActionDue: string | null;
            notes: string;
            ownerId: number | null;
            ownerName: string | null;
            /** @enum {string} */
            priority: "high" | "medium" | "low";
            /** @enum {string} */
            stage: "identified" | "contacted" | "engaged" | "supportive" | "committed" | "declined";
            stageChangedAt: string;
            stageHistory: components["schemas"]["OutreachStageChange"][];
            /** @enum {string} */
            type: "person" | "institution";
        };
        OutreachTargetPatch: {
            /** @enum {string} */
            category?: "head_of_state" | "advisor" | "security_agency" | "ai_lab" | "state_delegation" | "ngo" | "expert";
            /** @example CHE */
            countryIso3?: string | null;
            name?: string;
            notes?: string;
            ownerId?: number | null;
            /** @enum {string} */
            priority?: "high" | "medium" | "low";
            /** @enum {string} */
            type?: "person" | "institution";
        };
        Participant: {
            /** @enum {string|null} */
            category: "ngo" | "citizens" | "other" | null;
            gdpUsd: number | null;
            id: number;
            iso3: string | null;
            /** @enum {string} */
            kind: "state" | "organization";
            name: string;
            population: number | null;
            region: string | null;
            /** @enum {string} */
            status: "invited" | "member" | "observer" | "withdrawn";
        };
        ParticipantPatch: {
            /** @enum {string} */
            category?: "ngo" | "citizens" | "other";
            name?: string;
            /** @enum {string} */
            status?: "invited" | "member" | "observer" | "withdrawn";
        };
        ParticipantsBulkPatch: {
            ids: number[];
            /** @enum {string} */
            status: "invited" | "member" | "observer" | "withdrawn";
        };
        Pledge: {
            amountMinor: number;
            campaignId: number;
            currency: string;
            id: number;
            paymentReference: string | null;
            personId: number | null;
            pledgedAt: string;
            pledgerEmail: string | null;
            pledgerName: string | null;
            /** @enum {string} */
            status: "authorized" | "collected" | "released";
        };
        PledgeReceipt: {
            amountMinor: number;
            campaignId: number;
            currency: string;
            id: number;
            pledgedAt: string;
            /** @enum {string} */
            status: "authorized" | "collected" | "released";
        };
        PowerPlayer: {
            banzhaf: number;
            banzhafAbsolute: number;
            name: string;
            shapleyShubik: number | null;
            veto: boolean;
            weight: number;
        };
        PowerRequest: {
            names?: string[];
            quota: number;
            /** @default true */
            shapleyShubik: boolean;
            weights: number[];
        };
        PowerResult: {
            players: components["schemas"]["PowerPlayer"][];
            quota: number;
            totalWeight: number;
            vetoPlayers: string[];
        };
        ReportBatch: {
            reports: components["schemas"]["SignedReport"][];
        };
        ReportHeadline: {
            declaredAcceleratorHours: number;
            energyKwh: number;
            keyId: string;
            logIndex: number;
            meteredAcceleratorHours: number;
            periodEnd: string;
            periodStart: string;
            reportId: string;
            reportSha256: string;
            sequence: number;
            workloadCount: number;
        };
        ReportProblem: {
            /** @enum {string} */
            code: "wrong-facility" | "bad-period" | "sequence-gap" | "period-overlap" | "bad-figure" | "capacity-exceeded" | "duplicate-workload" | "bad-class" | "bad-utilization" | "unknown-accelerator" | "bad-commitment";
            message: string;
            /** @description The workload at fault, if one is */
            workloadId?: string;
        };
        ReportRefusalDetails: {
            /** @description Position of the refused report in the submission (0 for a single report) */
            index: number;
            /** @description The key named, when the key or signature is refused */
            keyId?: string;
            /** @description The last accepted sequence, for a replay */
            lastSequence?: number;
            /** @description Every problem the report rules found */
            problems?: components["schemas"]["ReportProblem"][];
            /** @description `<facilityId>#<sequence>` */
            reportId: string;
            /** @description The workload id reused */
            workloadId?: string;
        };
        RoadmapMilestone: {
            description: string;
            events: {
                id: number;
                startsAt: string;
                title: string;
            }[];
            id: number;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "missed";
            targetDate: string;
            title: string;
        };
        RoadmapMilestonePatch: {
            description?: string;
            eventIds?: number[];
            /** @enum {string} */
            status?: "planned" | "in_progress" | "done" | "missed";
            /**
             * Format: date
             * @example 2025-05-20
             */
            targetDate?: string;
            title?: string;
        };
        /** @enum {string} */
        Role: "admin" | "staff" | "delegate" | "operator" | "inspector" | "translator";
        Run: {
            declaredAt: string;
            developer: string;
            expectedFlop: number;
            id: string;
            licenceRef: string | null;
            name: string;
            purpose: string;
        };
        RunAccount: {
            acceleratorHours?: number;
            crossings: {
                cumulativeFlop?: number;
                periodEnd: string;
                reportId?: string;
                /** @enum {string} */
                threshold: "notify" | "licence";
                thresholdFlop: number;
            }[];
            cumulativeFlop?: number;
            declared: boolean;
            developer?: string;
            expectedFlop?: number;
            facilityIds?: string[];
            licensed: boolean;
            name?: string;
            reportIds?: string[];
            runId: string;
            series?: [
                string,
                number
            ][];
            /** @enum {string} */
            standing: "below" | "notify" | "licence-required";
            workloadCount?: number;
        };
        RunAccounting: {
            runs: components["schemas"]["RunAccount"][];
            thresholds: {
                licenceFlop: number;
                notifyFlop: number;
            };
            /** @enum {string} */
            view: "full" | "summary";
        };
        RunList: {
            runs: components["schemas"]["Run"][];
        };
        Second: Record<string, never>;
        SessionUser: {
            email: string;
            id: number;
            name: string;
            participantId: number | null;
            role: components["schemas"]["Role"];
        };
        SignedReport: {
            keyId: string;
            report: components["schemas"]["ComputeReport"];
            signature: string;
        };
        State: {
            gdpUsd: number | null;
            gdpYear: number | null;
            /** @example KEN */
            iso3: string;
            name: string;
            population: number | null;
            populationYear: number | null;
            region: string;
            unMember: boolean;
        };
        StoredReport: {
            keyId: string;
            logIndex: number;
            report: components["schemas"]["ComputeReport"];
            reportSha256: string;
            signature: string;
            submittedAt: string;
        };
        Tally: {
            combined: {
                abstain: number;
                no: number;
                present: number;
                yes: number;
            };
            doubleMajority: {
                reached: boolean;
                required: number | null;
                yesShare: number;
            };
            organizations: {
                abstain: number;
                counts: number;
                heads: {
                    absent: number;
                    abstain: number;
                    members: number;
                    no: number;
                    yes: number;
                };
                no: number;
                present: number;
                yes: number;
                yesShare: number | null;
            };
            passed: boolean;
            quorum: {
                present: number;
                reached: boolean;
                required: number;
            };
            reasons: {
                code: string;
                message: string;
            }[];
            states: {
                abstain: number;
                counts: number;
                heads: {
                    absent: number;
                    abstain: number;
                    members: number;
                    no: number;
                    yes: number;
                };
                no: number;
                present: number;
                yes: number;
                yesShare: number | null;
            };
            threshold: {
                reached: boolean;
                required: number;
            };
            yesShare: number | null;
        };
        Translation: {
            articleKey: string;
            body: string;
            changed: boolean;
            heading: string;
            /** @enum {string} */
            language: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            sourceHash: string;
            sourceVersion: number;
            textHash: string;
            translatedAt: string;
            translator: string;
            treatyId: number;
        };
        Treaty: {
            adoptedOn: string | null;
            adoptedVersion: number | null;
            createdAt: string;
            currentVersion: number;
            entryIntoForce: components["schemas"]["EntryIntoForce"];
            id: number;
            /** @enum {string} */
            sourceLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            /** @enum {string} */
            status: "draft" | "adopted";
            text: components["schemas"]["TreatyVersion"];
            title: string;
        };
        TreatyAct: {
            date: string;
            id: number;
            /** @enum {string} */
            kind: "signature" | "ratification" | "withdrawal";
            participantId: number;
            treatyId: number;
        };
        TreatyActInput: {
            /**
             * Format: date
             * @example 2026-05-20
             */
            date: string;
            participantId?: number;
        };
        TreatyDiff: {
            articles: {
                after: {
                    body: string;
                    heading: string;
                    key: string;
                } | null;
                afterIndex: number | null;
                /** @enum {string|null} */
                afterTranslation: "source" | "current" | "outdated" | "missing" | null;
                before: {
                    body: string;
                    heading: string;
                    key: string;
                } | null;
                beforeIndex: number | null;
                /** @enum {string|null} */
                beforeTranslation: "source" | "current" | "outdated" | "missing" | null;
                body?: {
                    /** @enum {string} */
                    op: "equal" | "insert" | "delete";
                    text: string;
                }[];
                heading?: {
                    /** @enum {string} */
                    op: "equal" | "insert" | "delete";
                    text: string;
                }[];
                key: string;
                /** @enum {string} */
                status: "added" | "removed" | "changed" | "unchanged";
            }[];
            from: number;
            /** @enum {string} */
            language: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            to: number;
        };
        /** @enum {string} */
        TreatyLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh";
        TreatyStatus: {
            adoptedOn: string | null;
            adoptedVersion: number | null;
            conditions: components["schemas"]["EntryIntoForce"];
            conditionsMet: boolean;
            entryIntoForce: string | null;
            gdpShare: number;
            inForce: boolean;
            metOn: string | null;
            populationShare: number;
            ratifications: number;
            signatures: number;
            /** @enum {string} */
            stage: "draft" | "open_for_signature" | "in_force";
            states: {
                iso3: string;
                name: string;
                participantId: number;
                ratifiedOn: string | null;
                signedOn: string | null;
                withdrawnOn: string | null;
            }[];
            treatyId: number;
            withdrawals: number;
        };
        TreatySummary: {
            adoptedOn: string | null;
            adoptedVersion: number | null;
            createdAt: string;
            currentVersion: number;
            entryIntoForce: components["schemas"]["EntryIntoForce"];
            id: number;
            /** @enum {string} */
            sourceLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            /** @enum {string} */
            status: "draft" | "adopted";
            title: string;
        };
        TreatyTranslations: {
            articles: number;
            languages: {
                complete: boolean;
                current: number;
                /** @enum {string} */
                language: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                missing: number;
                missingArticles: string[];
                outdated: number;
                outdatedArticles: string[];
                source: boolean;
                /** @enum {string} */
                title: "source" | "current" | "outdated" | "missing";
            }[];
            /** @enum {string} */
            sourceLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            treatyId: number;
            version: number;
        };
        TreatyVersion: {
            amendmentId: number | null;
            articles: components["schemas"]["Article"][];
            date: string;
            /** @enum {string} */
            language: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            /** @enum {string} */
            sourceLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            title: string;
            titleTranslation: components["schemas"]["ArticleTranslation"];
            treatyId: number;
            version: number;
        };
        TreatyVersions: {
            versions: {
                amendmentId: number | null;
                articles: number;
                date: string;
                version: number;
            }[];
        };
        User: {
            createdAt: string;
            disabled: boolean;
            email: string;
            id: number;
            name: string;
            participantId: number | null;
            role: components["schemas"]["Role"];
        };
        UserPatch: {
            disabled?: boolean;
            name?: string;
            participantId?: number | null;
            password?: string;
            revokeTokens?: boolean;
            role?: components["schemas"]["Role"];
        };
        Users: {
            users: components["schemas"]["User"][];
        };
        VerificationSettings: {
            challengeDeadlineHours: number;
            facilityUndeclared: {
                flop: number;
                windowDays: number;
            };
            linked: {
                flop: number;
                minFacilities: number;
                minOverlap: number;
            };
            sustained: {
                maxConcurrencyRatio: number;
                maxUtilizationDelta: number;
                minHours: number;
            };
            thresholds: {
                licenceFlop: number;
                notifyFlop: number;
            };
            tolerance: number;
            trainingLike: {
                minConcurrentAccelerators: number;
                minFlop: number;
                minUtilization: number;
            };
        };
        VerificationSettingsView: {
            defaults: components["schemas"]["VerificationSettings"] & unknown;
            settings: components["schemas"]["VerificationSettings"];
            version: number;
        };
        WeightRow: {
            chamberShare: number;
            components: {
                equal: number;
                gdp: number;
                population: number;
                sqrtPopulation: number;
            } | null;
            iso3: string | null;
            /** @enum {string} */
            kind: "state" | "organization";
            name: string;
            participantId: number;
            weight: number;
        };
        Witness: {
            /** @description Whether the log asks it to cosign (always, for a configured witness) */
            asked: boolean;
            /** @description null for a witness of LOG_WITNESSES, which is not stored */
            id: number | null;
            /** @description When this log last received its cosignature */
            lastCosignedAt: string | null;
            /** @description Why the last request to it failed, if it did */
            lastError: string | null;
            /** @description Size of the last checkpoint it cosigned, as far as this log knows */
            lastSize: number | null;
            name: string;
            /** @description The delegation that registered it */
            participantId: number | null;
            /** @enum {string} */
            source: "configured" | "registered";
            /** @description The submission prefix; the log POSTs to <url>/add-checkpoint */
            url: string;
            /** @description C2SP cosignature/v1 verifier key: <name>+<8 hex key ID>+<base64(0x04 ‖ key)> */
            vkey: string;
        };
        WitnessList: {
            /** @description How many distinct asked witnesses must cosign a checkpoint */
            quorum: number;
            witnesses: components["schemas"]["Witness"][];
        };
        WitnessPatch: {
            asked: boolean;
        };
        WitnessRegistration: {
            url: string;
            vkey: string;
        };
        WorkingGroupMembers: {
            members: {
                name: string;
                personId: number;
                /** @enum {string} */
                visibility: "public" | "undisclosed";
            }[];
        };
        Workload: {
            /** @description Inventory model it ran on; absent: the inventory mean */
            accelerator?: string;
            acceleratorHours: number;
            /** @enum {string} */
            class: "training" | "fine-tuning" | "inference" | "other";
            /** @description Hex SHA-256(canonical record ‖ 32-byte salt) */
            commitment: string;
            /** @example w3f9a0c12de45b678 */
            id: string;
            /**
             * @description A declared run; an id nobody declared is accepted and accounted as undeclared
             * @example run-frontier-7
             */
            runId?: string;
            /** @description Mean share of peak dense FLOP/s over the period (model FLOP utilization) */
            utilization: number;
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
    getFacilityAccounting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Facility accounting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityAccounting"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `unknown_facility` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unknown_facility";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getRunAccounting: {
        parameters: {
            query?: {
                /** @description Add each run’s cumulative FLOP after every period (full view only) */
                series?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run accounting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunAccounting"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listAssemblyParticipants: {
        parameters: {
            query?: {
                kind?: "state" | "organization";
                status?: "invited" | "member" | "observer" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Participants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        participants: components["schemas"]["Participant"][];
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    addAssemblyOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewParticipantOrganization"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_exists";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateAssemblyParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantsBulkPatch"];
            };
        };
        responses: {
            /** @description The participants named, updated */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        participants: components["schemas"]["Participant"][];
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `motion_pending` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "motion_pending";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getAssemblyParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateAssemblyParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantPatch"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `state_reference_data` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "state_reference_data";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_exists`, `motion_pending` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_exists" | "motion_pending";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    registerParticipantWitness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WitnessRegistration"];
            };
        };
        responses: {
            /** @description Replaced or unchanged */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Witness"];
                };
            };
            /** @description Registered */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Witness"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `malformed_key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "malformed_key";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_your_participant`, `not_a_member` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_your_participant" | "not_a_member";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `participant_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "participant_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `witness_already_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "witness_already_registered";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    withdrawParticipantWitness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            204: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_your_participant` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_your_participant";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `participant_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "participant_not_found" | "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getAssemblyPower: {
        parameters: {
            query?: {
                kind?: "procedural" | "amendment" | "adoption";
                resolution?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Voting power */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyPower"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `resolution_invalid`, `weights_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "resolution_invalid" | "weights_invalid";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `no_members` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "no_members";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getAssemblyRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules and their version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyRulesView"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    replaceAssemblyRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssemblyRules"];
            };
        };
        responses: {
            /** @description The new rules */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyRulesView"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `weights_not_normalized` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "weights_not_normalized";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `ballot_open` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "ballot_open";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    previewAssemblyRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssemblyRulesPreviewRequest"];
            };
        };
        responses: {
            /** @description Weights and voting power under these rules */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyRulesPreview"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `weights_not_normalized`, `resolution_invalid`, `weights_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "weights_not_normalized" | "resolution_invalid" | "weights_invalid";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `no_members` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "no_members";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getAssemblyStanding: {
        parameters: {
            query?: {
                treatyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Standing by state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyStanding"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getAssemblyWeights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Weights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyWeights"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description Logged in */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedIn"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated" | "invalid_credentials";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listChallenges: {
        parameters: {
            query?: {
                facilityId?: string;
                status?: "open" | "passed" | "failed" | "overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Challenges */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeList"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    openChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewChallenge"];
            };
        };
        responses: {
            /** @description Opened and logged */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `deadline_in_past`, `duplicate_workload`, `too_many_workloads` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "deadline_in_past" | "duplicate_workload" | "too_many_workloads";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `unknown_facility`, `unknown_workload` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unknown_facility" | "unknown_workload";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `nothing_to_sample` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "nothing_to_sample";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The challenge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    answerChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeAnswer"];
            };
        };
        responses: {
            /** @description Checked, stored and logged */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `not_challenged` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "not_challenged";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_answered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_answered";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Campaigns */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaigns: components["schemas"]["Campaign"][];
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCampaign"];
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_currency`, `amount_not_positive`, `minimum_above_goal`, `deadline_in_past` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_currency" | "amount_not_positive" | "minimum_above_goal" | "deadline_in_past";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listPledges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pledges */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pledges: components["schemas"]["Pledge"][];
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createPledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPledge"];
            };
        };
        responses: {
            /** @description Pledged */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeReceipt"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `pledger_ambiguous`, `pledger_required`, `amount_not_positive`, `currency_mismatch`, `unknown_person` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "pledger_ambiguous" | "pledger_required" | "amount_not_positive" | "currency_mismatch" | "unknown_person";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `csrf_rejected`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "csrf_rejected" | "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `campaign_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "campaign_closed";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    settleCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settled */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_settled`, `deadline_not_reached` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_settled" | "deadline_not_reached";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listContributions: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number | null;
                personId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contributions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contributions: components["schemas"]["Contribution"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createContribution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewContribution"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `invalid_hours`, `invalid_amount`, `currency_required`, `unknown_currency`, `nothing_contributed`, `date_in_future`, `unknown_person` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "invalid_hours" | "invalid_amount" | "currency_required" | "unknown_currency" | "nothing_contributed" | "date_in_future" | "unknown_person";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contribution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    reverseContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContributionReversal"];
            };
        };
        responses: {
            /** @description The reversal */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `cannot_reverse_reversal`, `already_reversed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "cannot_reverse_reversal" | "already_reversed";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    importContributions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Imported */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionImportReport"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Rows rejected; nothing imported (`import_rejected`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionImportRejected"];
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    previewContributionsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What the import would store */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionImportPreview"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Rows rejected, as the import would reject them (`import_rejected`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionImportRejected"];
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listCoalitionEvents: {
        parameters: {
            query?: {
                when?: "upcoming" | "past" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["CoalitionEvent"][];
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createCoalitionEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCoalitionEvent"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionEvent"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_time_zone`, `invalid_local_time`, `end_before_start`, `place_or_link_required` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_time_zone" | "invalid_local_time" | "end_before_start" | "place_or_link_required";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCoalitionEventsCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description VCALENDAR */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCoalitionEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionEvent"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    deleteCoalitionEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateCoalitionEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoalitionEventPatch"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionEvent"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_time_zone`, `invalid_local_time`, `end_before_start`, `place_or_link_required` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_time_zone" | "invalid_local_time" | "end_before_start" | "place_or_link_required";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `capacity_below_confirmed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "capacity_below_confirmed";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listWorkingGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupMembers"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `not_a_working_group` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_a_working_group";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    addWorkingGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWorkingGroupMember"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionEvent"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_person` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_person";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `not_a_working_group`, `already_member` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_a_working_group" | "already_member";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    removeWorkingGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                personId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionEvent"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    addWorkingGroupOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWorkingGroupOutput"];
            };
        };
        responses: {
            /** @description Linked */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionEvent"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `not_a_working_group` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_a_working_group";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    removeWorkingGroupOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                outputId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionEvent"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listEventRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Registrations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        registrations: components["schemas"]["EventRegistration"][];
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createEventRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEventRegistration"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationReceipt"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `event_over`, `already_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "event_over" | "already_registered";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCoalitionFunding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Funding so far */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionFunding"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createRoadmapMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewRoadmapMilestone"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoadmapMilestone"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_event` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_event";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    deleteRoadmapMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateRoadmapMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoadmapMilestonePatch"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoadmapMilestone"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_event` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_event";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listCoalitionOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizations: components["schemas"]["CoalitionOrganization"][];
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createCoalitionOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCoalitionOrganization"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionOrganization"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_country` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_country";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_exists";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCoalitionOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionOrganization"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    deleteCoalitionOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateCoalitionOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoalitionOrganizationPatch"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionOrganization"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_country` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_country";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_exists";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listOutreachOverdueActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Overdue actions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachOverdue"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getOutreachSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachSummary"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listOutreachTargets: {
        parameters: {
            query?: {
                country?: string;
                stage?: "identified" | "contacted" | "engaged" | "supportive" | "committed" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        targets: components["schemas"]["OutreachTarget"][];
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createOutreachTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOutreachTarget"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTarget"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_country`, `owner_not_staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_country" | "owner_not_staff";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getOutreachTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The target */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTargetDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    deleteOutreachTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateOutreachTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutreachTargetPatch"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTarget"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_country`, `owner_not_staff` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_country" | "owner_not_staff";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createOutreachInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOutreachInteraction"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachInteraction"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `next_action_required`, `date_in_future` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "next_action_required" | "date_in_future";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    moveOutreachTargetStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutreachStageMove"];
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTarget"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `same_stage` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "same_stage";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listCoalitionPartners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Partners */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionPartners"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listCoalitionPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description People */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: components["schemas"]["CoalitionPerson"][];
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createCoalitionPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCoalitionPerson"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionPerson"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_organization` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_organization";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getCoalitionPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionPerson"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    deleteCoalitionPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `person_has_records` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "person_has_records";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateCoalitionPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoalitionPersonPatch"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoalitionPerson"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_organization` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_organization";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    cancelEventRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventRegistrationCancel"];
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationCancelled"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `csrf_rejected`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "csrf_rejected" | "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_cancelled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_cancelled";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listRoadmapMilestones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Roadmap */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        milestones: components["schemas"]["RoadmapMilestone"][];
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listFacilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Facilities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityList"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    registerFacility: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewFacility"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `unknown_jurisdiction`, `invalid_key`, `duplicate_key`, `key_not_yet_valid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "unknown_jurisdiction" | "invalid_key" | "duplicate_key" | "key_not_yet_valid";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_exists`, `key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_exists" | "key_in_use";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The facility */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    rotateFacilityKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewFacilityKey"];
            };
        };
        responses: {
            /** @description Rotated */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `invalid_key`, `rotation_in_future` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "invalid_key" | "rotation_in_future";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `key_in_use`, `rotation_before_last_report`, `rotation_before_key_valid` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "key_in_use" | "rotation_before_last_report" | "rotation_before_key_valid";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    addFacilityOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewFacilityOperator"];
            };
        };
        responses: {
            /** @description Bound */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `not_an_operator` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "not_an_operator";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_exists";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getComputeReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sequence: number;
            };
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
                    "application/json": components["schemas"]["StoredReport"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listVerificationFlags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flags */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flags"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description origin, size, base64 root hash, blank line, the log’s signature line, then any cosignature lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The database is unavailable: `log_not_initialised` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "log_not_initialised";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLatestLogCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description origin, size, base64 root hash, blank line, the log’s signature line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The database is unavailable: `log_not_initialised` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "log_not_initialised";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listLogEntries: {
        parameters: {
            query: {
                end: string;
                /** @description only entries of this kind (exact) */
                kind?: string;
                limit?: string;
                /** @description asc (default): oldest first; desc: newest first */
                order?: "asc" | "desc";
                start: string;
                /** @description only entries about this subject (exact) */
                subject?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries with their leaf hashes and exact bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogEntries"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `invalid_range`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "invalid_range" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogVerifierKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description <name>+<8 hex key hash>+<base64(0x01 ‖ key)> */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The database is unavailable: `log_not_initialised` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "log_not_initialised";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getConsistencyProof: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consistency path */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProof"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `invalid_range`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "invalid_range" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getInclusionProof: {
        parameters: {
            query: {
                index: string;
                size: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit path */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProof"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `invalid_range`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "invalid_range" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogTile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogTile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogTileAtDepth2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 001–999 */
                N1: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogTileAtDepth2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 001–999 */
                N1: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogTileAtDepth3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 001–999 */
                N2: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogTileAtDepth3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 001–999 */
                N2: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogTileAtDepth4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 000–999 */
                N2: string;
                /** @description Group 3 of the tile index (×1000^3), 001–999 */
                N3: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogTileAtDepth4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 000–999 */
                N2: string;
                /** @description Group 3 of the tile index (×1000^3), 001–999 */
                N3: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogTileAtDepth5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 000–999 */
                N2: string;
                /** @description Group 3 of the tile index (×1000^3), 000–999 */
                N3: string;
                /** @description Group 4 of the tile index (×1000^4), 001–999 */
                N4: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogTileAtDepth5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tile level, 0–63, no leading zeroes */
                L: string;
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 000–999 */
                N2: string;
                /** @description Group 3 of the tile index (×1000^3), 000–999 */
                N3: string;
                /** @description Group 4 of the tile index (×1000^4), 001–999 */
                N4: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogEntryBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogEntryBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogEntryBundleAtDepth2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 001–999 */
                N1: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogEntryBundleAtDepth2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 001–999 */
                N1: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogEntryBundleAtDepth3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 001–999 */
                N2: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogEntryBundleAtDepth3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 001–999 */
                N2: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogEntryBundleAtDepth4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 000–999 */
                N2: string;
                /** @description Group 3 of the tile index (×1000^3), 001–999 */
                N3: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogEntryBundleAtDepth4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 000–999 */
                N2: string;
                /** @description Group 3 of the tile index (×1000^3), 001–999 */
                N3: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getLogEntryBundleAtDepth5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 000–999 */
                N2: string;
                /** @description Group 3 of the tile index (×1000^3), 000–999 */
                N3: string;
                /** @description Group 4 of the tile index (×1000^4), 001–999 */
                N4: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full tile */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getPartialLogEntryBundleAtDepth5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group 0 of the tile index, 000–999 */
                N0: string;
                /** @description Group 1 of the tile index (×1000^1), 000–999 */
                N1: string;
                /** @description Group 2 of the tile index (×1000^2), 000–999 */
                N2: string;
                /** @description Group 3 of the tile index (×1000^3), 000–999 */
                N3: string;
                /** @description Group 4 of the tile index (×1000^4), 001–999 */
                N4: string;
                /** @description Width of the partial tile, 1–255 */
                W: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial tile */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `invalid_tile_path`, `beyond_tree` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_tile_path" | "beyond_tree";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listLogWitnesses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quorum and the witnesses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WitnessList"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    setLogWitnessAsked: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WitnessPatch"];
            };
        };
        responses: {
            /** @description The witness */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Witness"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listMotions: {
        parameters: {
            query?: {
                status?: "scheduled" | "open" | "closed";
                treatyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Motions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        motions: components["schemas"]["Motion"][];
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createMotion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMotion"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Motion"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `dates_out_of_order`, `amendment_required`, `treaty_required` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "dates_out_of_order" | "amendment_required" | "treaty_required";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `amendment_not_on_floor`, `motion_pending`, `treaty_not_draft`, `no_state_members`, `translations_incomplete` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "amendment_not_on_floor" | "motion_pending" | "treaty_not_draft" | "no_state_members" | "translations_incomplete";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getMotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The motion */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Motion"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    castBallot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewBallot"];
            };
        };
        responses: {
            /** @description Cast; the log holds its commitment */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotReceipt"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_your_participant`, `not_in_electorate`, `not_a_member` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_your_participant" | "not_in_electorate" | "not_a_member";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `participant_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "participant_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `motion_not_open`, `motion_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "motion_not_open" | "motion_closed";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    closeMotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Closed */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Motion"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `motion_not_due` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "motion_not_due";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getMotionLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MotionLog"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    computeVotingPower: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PowerRequest"];
            };
        };
        responses: {
            /** @description Voting power */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerResult"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `names_mismatch`, `quota_invalid`, `game_too_large`, `weights_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "names_mismatch" | "quota_invalid" | "game_too_large" | "weights_invalid";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    submitComputeReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignedReport"];
            };
        };
        responses: {
            /** @description Accepted, stored and logged */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedReport"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `invalid_report` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "invalid_report";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The report names no registered facility: `unknown_facility` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unknown_facility";
                            details: components["schemas"]["ReportRefusalDetails"];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the reports accepted before: `report_replay`, `sequence_gap`, `period_overlap`, `duplicate_workload` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "report_replay" | "sequence_gap" | "period_overlap" | "duplicate_workload";
                            details: components["schemas"]["ReportRefusalDetails"];
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Signature, key, period or capacity refused: `unknown_key`, `key_not_yet_valid`, `key_retired`, `bad_signature`, `period_in_future`, `capacity_exceeded`, `unknown_accelerator` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unknown_key" | "key_not_yet_valid" | "key_retired" | "bad_signature" | "period_in_future" | "capacity_exceeded" | "unknown_accelerator";
                            details: components["schemas"]["ReportRefusalDetails"];
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    submitComputeReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportBatch"];
            };
        };
        responses: {
            /** @description All accepted */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedReports"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `invalid_report` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "invalid_report";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The report names no registered facility: `unknown_facility` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unknown_facility";
                            details: components["schemas"]["ReportRefusalDetails"];
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the reports accepted before: `report_replay`, `sequence_gap`, `period_overlap`, `duplicate_workload` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "report_replay" | "sequence_gap" | "period_overlap" | "duplicate_workload";
                            details: components["schemas"]["ReportRefusalDetails"];
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Signature, key, period or capacity refused: `unknown_key`, `key_not_yet_valid`, `key_retired`, `bad_signature`, `period_in_future`, `capacity_exceeded`, `unknown_accelerator` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unknown_key" | "key_not_yet_valid" | "key_retired" | "bad_signature" | "period_in_future" | "capacity_exceeded" | "unknown_accelerator";
                            details: components["schemas"]["ReportRefusalDetails"];
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listTrainingRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunList"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    declareTrainingRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewRun"];
            };
        };
        responses: {
            /** @description Declared */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_exists";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTrainingRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listStates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description States, by ISO code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        states: components["schemas"]["State"][];
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                iso3: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["State"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokens"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewApiToken"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listTreaties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Treaties */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        treaties: components["schemas"]["TreatySummary"][];
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createTreaty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTreaty"];
            };
        };
        responses: {
            /** @description Created: version 1 */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Treaty"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTreaty: {
        parameters: {
            query?: {
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The treaty */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Treaty"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listTreatyAmendments: {
        parameters: {
            query?: {
                status?: "proposed" | "on_floor" | "adopted" | "rejected" | "needs_rebase";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Amendments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amendments: components["schemas"]["Amendment"][];
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    proposeAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAmendment"];
            };
        };
        responses: {
            /** @description Proposed */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `amendment_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "amendment_invalid";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_a_member` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_a_member";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `version_not_found`, `article_not_found`, `participant_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "version_not_found" | "article_not_found" | "participant_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `treaty_not_draft`, `stale_base_version` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "treaty_not_draft" | "stale_base_version";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTreatyAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The amendment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    commentOnAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewComment"];
            };
        };
        responses: {
            /** @description Commented */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_a_member` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_a_member";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `participant_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "participant_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    secondAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Second"];
            };
        };
        responses: {
            /** @description Seconded */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentDetail"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_a_member`, `cannot_second_own` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_a_member" | "cannot_second_own";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `participant_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "participant_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `treaty_not_draft`, `amendment_closed`, `already_seconded` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "treaty_not_draft" | "amendment_closed" | "already_seconded";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    diffTreatyVersions: {
        parameters: {
            query: {
                from: string;
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                to: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The diff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatyDiff"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `version_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "version_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportTreatyAkomaNtoso: {
        parameters: {
            query?: {
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                version?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Akoma Ntoso 3.0 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/akn+xml": string;
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `version_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "version_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `translations_incomplete` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "translations_incomplete";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportTreatyMarkdown: {
        parameters: {
            query?: {
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                version?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CommonMark */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `version_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "version_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `translations_incomplete` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "translations_incomplete";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    ratifyTreaty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TreatyActInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatyAct"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `participant_required`, `date_in_future`, `dates_out_of_order` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "participant_required" | "date_in_future" | "dates_out_of_order";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_your_participant`, `not_a_state` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_your_participant" | "not_a_state";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `participant_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "participant_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `treaty_not_open_for_signature`, `already_withdrawn`, `already_ratified`, `ratification_before_signature` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "treaty_not_open_for_signature" | "already_withdrawn" | "already_ratified" | "ratification_before_signature";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    signTreaty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TreatyActInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatyAct"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `participant_required`, `date_in_future`, `dates_out_of_order` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "participant_required" | "date_in_future" | "dates_out_of_order";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_your_participant`, `not_a_state` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_your_participant" | "not_a_state";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `participant_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "participant_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `treaty_not_open_for_signature`, `already_withdrawn`, `already_signed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "treaty_not_open_for_signature" | "already_withdrawn" | "already_signed";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTreatyStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatyStatus"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTreatyTranslations: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Translation states */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatyTranslations"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `version_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "version_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    translateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                key: string;
                lang: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTranslation"];
            };
        };
        responses: {
            /** @description The translation, current */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Translation"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `source_language`, `translation_empty` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "source_language" | "translation_empty";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `version_not_found`, `article_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "version_not_found" | "article_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `treaty_not_draft`, `source_changed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "treaty_not_draft" | "source_changed";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listTreatyVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatyVersions"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getTreatyVersion: {
        parameters: {
            query?: {
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: number;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatyVersion"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `version_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "version_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    withdrawFromTreaty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TreatyActInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatyAct"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `participant_required`, `date_in_future`, `dates_out_of_order` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "participant_required" | "date_in_future" | "dates_out_of_order";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected`, `not_your_participant`, `not_a_state` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected" | "not_your_participant" | "not_a_state";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`, `participant_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found" | "participant_not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `treaty_not_open_for_signature`, `already_withdrawn`, `not_signed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "treaty_not_open_for_signature" | "already_withdrawn" | "not_signed";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUser"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `participant_required`, `participant_not_allowed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "participant_required" | "participant_not_allowed";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state: `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "already_exists";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json`, `participant_required`, `participant_not_allowed`, `cannot_demote_self` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json" | "participant_required" | "participant_not_allowed" | "cannot_demote_self";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getVerificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationSettingsView"];
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
    replaceVerificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationSettings"];
            };
        };
        responses: {
            /** @description The new settings */
            200: {
                headers: {
                    /** @description The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none */
                    "Concord-Log-Entries"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationSettingsView"];
                };
            };
            /** @description Invalid input: `validation_failed`, `unknown_field`, `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed" | "unknown_field" | "malformed_json";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not logged in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden" | "csrf_rejected";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error (the body carries the request id): `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal";
                            /** @description What the code is about (the fields at fault, a retry delay, …) */
                            details?: unknown;
                            /** @description Human-readable, in English; clients show `code` in their own language */
                            message: string;
                        };
                    };
                };
            };
        };
    };
}
