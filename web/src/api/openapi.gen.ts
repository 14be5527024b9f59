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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Add an organization (admin) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Participant"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a participant's status, or an organization's name or category (admin) */
        patch: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Participant"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
        /** Replace the rules (admin); 409 ballot_open while a motion is open */
        put: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssemblyRulesView"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post?: never;
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
                                /** @description What the code is about (the fields at fault, a retry delay, …) */
                                details?: unknown;
                                /** @description Human-readable, in English; clients show `code` in their own language */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Too many failed logins */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
                        "application/json": {
                            challenges: components["schemas"]["Challenge"][];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Challenge named workloads of a facility, or a sample drawn with the ledger root as seed (inspector) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Challenge"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Challenge"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
        put?: never;
        /** Open an all-or-nothing campaign: goal, minimum goal, currency, deadline (admin; logged) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Pledge to an open campaign with a name and e-mail (anyone) or for a person (admin); logged without personal data */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PledgeReceipt"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Record a contribution of hours and/or money (admin; logged) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contribution"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contribution"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContributionImportReport"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
                                /** @description What the code is about (the fields at fault, a retry delay, …) */
                                details?: unknown;
                                /** @description Human-readable, in English; clients show `code` in their own language */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Rows rejected; nothing imported */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
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
        get: {
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
                            events: components["schemas"]["Event"][];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Create an event; times are local wall-clock times in its IANA time zone (admin; logged) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewEvent"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Event"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
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
        get: {
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
                        "application/json": components["schemas"]["Event"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        post?: never;
        /** Delete an event and its registrations (admin; logged) */
        delete: {
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        options?: never;
        head?: never;
        /** Change an event; a larger capacity promotes from the waiting list (admin; logged) */
        patch: {
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
                    "application/json": components["schemas"]["EventPatch"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Event"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        trace?: never;
    };
    "/api/coalition/events/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a person to a working group (admin) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Event"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        delete: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Event"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Event"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        delete: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Event"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                            registrations: components["schemas"]["Registration"][];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Register with a name and e-mail (no account needed): confirmed while places remain, else waiting; returns a cancel token once (public) */
        post: {
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
                    "application/json": components["schemas"]["NewRegistration"];
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistrationReceipt"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                        "application/json": components["schemas"]["Funding"];
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewMilestone"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        delete: {
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        options?: never;
        head?: never;
        /** Change a milestone: status, date, linked events (admin; logged) */
        patch: {
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
                    "application/json": components["schemas"]["MilestonePatch"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                            organizations: components["schemas"]["Organization"][];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Add an organization (admin; logged) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewOrganization"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        post?: never;
        /** Remove an organization; its people stay (admin; logged) */
        delete: {
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        options?: never;
        head?: never;
        /** Change an organization (admin; logged) */
        patch: {
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
                    "application/json": components["schemas"]["OrganizationPatch"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Add a target; it starts as identified (admin, staff) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutreachTarget"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        post?: never;
        /** Delete a target and its history (admin, staff) */
        delete: {
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        options?: never;
        head?: never;
        /** Change a target’s details (admin, staff); its stage moves through …/stage */
        patch: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutreachTarget"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutreachInteraction"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutreachTarget"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                        "application/json": components["schemas"]["Partners"];
                    };
                };
            };
        };
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
        get: {
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
                            people: components["schemas"]["Person"][];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Add a person (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewPerson"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        post?: never;
        /** Remove a person without contributions or pledges (admin) */
        delete: {
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        options?: never;
        head?: never;
        /** Change a person, e.g. make them undisclosed (admin) */
        patch: {
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
                    "application/json": components["schemas"]["PersonPatch"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                    "application/json": components["schemas"]["CancelRegistration"];
                };
            };
            responses: {
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CancelResult"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                            milestones: components["schemas"]["Milestone"][];
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            facilities: components["schemas"]["FacilitySummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a facility (operator, who becomes bound to it; or admin) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FacilityDetail"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FacilityDetail"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FacilityDetail"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
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
        /** The signed checkpoint (C2SP tlog-checkpoint) of the current tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description origin, size, base64 root hash, blank line, signature line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
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
        /** Entries [start, end), at most 1000 per call */
        get: {
            parameters: {
                query: {
                    end: string;
                    start: string;
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tile/{L}/{N}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hash tile (C2SP tlog-tiles): 32-byte hashes of level 8L; N may be x001/x234/067, with .p/W for a partial tile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/octet-stream of concatenated hashes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Put an amendment on the floor, a draft or a procedural question to the vote (admin) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Motion"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BallotReceipt"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Motion"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PowerResult"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AcceptedReport"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
                                /** @description What the code is about (the fields at fault, a retry delay, …) */
                                details?: unknown;
                                /** @description Human-readable, in English; clients show `code` in their own language */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Signature, key or capacity refused */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
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
        /** Submit up to 500 signed reports in one transaction, all or nothing */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: components["schemas"]["AcceptedReport"][];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
                                /** @description What the code is about (the fields at fault, a retry delay, …) */
                                details?: unknown;
                                /** @description Human-readable, in English; clients show `code` in their own language */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Signature, key or capacity refused */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            runs: components["schemas"]["Run"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Declare a training run (operator or admin) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Run"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                        "application/json": {
                            tokens: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Create an API token; its secret is shown this once */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiToken"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        delete: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
        put?: never;
        /** Create a draft from a title and ordered articles (admin) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Treaty"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        /** The treaty and its current consolidated text (public) */
        get: {
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
                /** @description The treaty */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Treaty"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Propose an amendment against a base version (a member's delegate) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AmendmentDetail"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AmendmentDetail"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AmendmentDetail"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        /** Word-level diff per article (matched by stable key) between two versions (public) */
        get: {
            parameters: {
                query: {
                    from: string;
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        /** The current (or ?version=) text as Akoma Ntoso 3.0 XML (public) */
        get: {
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
                /** @description Akoma Ntoso 3.0 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/akn+xml": string;
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        /** The current (or ?version=) text as Markdown (public) */
        get: {
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
                /** @description CommonMark */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/markdown": string;
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TreatyAct"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TreatyAct"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        /** One immutable version (public) */
        get: {
            parameters: {
                query?: never;
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TreatyAct"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                        "application/json": {
                            users: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        /** Create an account (admin) */
        post: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change role, binding, name, password or disable (admin) */
        patch: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
        get: {
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
            };
        };
        /** Replace the verification settings (admin); logged */
        put: {
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
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationSettingsView"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed";
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
            warnings: {
                code: string;
                runId: string;
                workloadId: string;
            }[];
        };
        AgendaItem: {
            speaker?: string | null;
            time?: string | null;
            title: string;
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
        AmendmentDetail: components["schemas"]["Amendment"] & {
            comments: components["schemas"]["AmendmentComment"][];
            motions: {
                id: number;
                status: string;
                title: string;
            }[];
            original: {
                body: string;
                heading: string;
                key: string;
            } | null;
            secondedBy: {
                at: string;
                name: string;
                participantId: number;
            }[];
        };
        ApiToken: {
            createdAt: string;
            id: number;
            name: string;
            prefix: string;
            revokedAt: string | null;
        };
        Article: {
            body: string;
            heading: string;
            key: string;
            num: number;
        };
        AssemblyPower: components["schemas"]["PowerResult"] & {
            /** @enum {string} */
            kind: "procedural" | "amendment" | "adoption";
            notes: string[];
            players?: (components["schemas"]["PowerPlayer"] & {
                participantId: number;
                share: number;
            })[];
            resolution: number;
            rulesVersion: number;
            threshold: number;
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
        CancelRegistration: {
            /** @description the cancel token; not needed by an admin */
            token?: string;
        };
        CancelResult: {
            promotedId: number | null;
            registration: {
                eventId: number;
                id: number;
                /** @enum {string} */
                status: "confirmed" | "waiting" | "cancelled";
            };
        };
        Challenge: {
            deadline: string;
            decidedAt: string | null;
            facilityId: string;
            id: number;
            issuedAt: string;
            sample: {
                candidates: string[] | null;
                seedHex: string;
                sequenceFrom: number | null;
                sequenceTo: number | null;
                size: number;
                treeSize: number;
            } | null;
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
        ChallengeWorkload: {
            acceleratorHours: number;
            answeredAt: string | null;
            class: string;
            commitment: string;
            problems: string[] | null;
            record?: unknown;
            reportId: string;
            runId: string | null;
            salt?: string | null;
            sequence: number;
            /** @enum {string} */
            status: "pending" | "passed" | "failed";
            utilization: number;
            workloadId: string;
        };
        CoalitionMoney: {
            amountMinor: number;
            currency: string;
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
        CreatedApiToken: components["schemas"]["ApiToken"] & {
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
        Event: {
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
        EventPatch: {
            agenda?: components["schemas"]["AgendaItem"][];
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
        FacilityAccounting: {
            facilityId: string;
            periods: components["schemas"]["FacilityPeriod"][];
            tolerance: number;
        };
        FacilityDetail: components["schemas"]["FacilitySummary"] & {
            keys: components["schemas"]["FacilityKey"][];
            operators?: {
                email: string;
                name: string;
                userId: number;
            }[];
            reports: components["schemas"]["ReportHeadline"][];
            viewerMayInspect: boolean;
        };
        FacilityKey: {
            keyId: string;
            publicKeyPem: string;
            retiredAt: string | null;
            validFrom: string;
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
            facilityIds?: string[];
            figures: {
                [key: string]: number | string;
            };
            kind: string;
            message: string;
            reportIds: string[];
            runId?: string;
            workloadIds?: string[];
        };
        Flags: {
            computedAt: string;
            flags: components["schemas"]["Flag"][];
        };
        Funding: {
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
        Milestone: {
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
        MilestonePatch: {
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
        NewEvent: {
            agenda?: components["schemas"]["AgendaItem"][];
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
        NewMilestone: {
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
        NewOrganization: {
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
        NewPerson: {
            name: string;
            organizationId?: number | null;
            roles?: ("executive_director" | "team" | "advisor" | "volunteer")[];
            /** @enum {string} */
            visibility?: "public" | "undisclosed";
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
        NewRegistration: {
            /** Format: email */
            email: string;
            name: string;
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
        NewTreaty: {
            articles: {
                body: string;
                heading: string;
            }[];
            entryIntoForce?: components["schemas"]["EntryIntoForce"];
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
        Organization: {
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
        OrganizationPatch: {
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
        OutreachTargetDetail: components["schemas"]["OutreachTarget"] & {
            interactions: components["schemas"]["OutreachInteraction"][];
            stageHistory: components["schemas"]["OutreachStageChange"][];
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
        Partners: {
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
        Person: {
            createdAt: string;
            id: number;
            name: string;
            organizationId: number | null;
            organizationName: string | null;
            roles: ("executive_director" | "team" | "advisor" | "volunteer")[];
            /** @enum {string} */
            visibility: "public" | "undisclosed";
        };
        PersonPatch: {
            name?: string;
            organizationId?: number | null;
            roles?: ("executive_director" | "team" | "advisor" | "volunteer")[];
            /** @enum {string} */
            visibility?: "public" | "undisclosed";
        };
        Pledge: components["schemas"]["PledgeReceipt"] & {
            paymentReference: string | null;
            personId: number | null;
            pledgerEmail: string | null;
            pledgerName: string | null;
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
        Registration: {
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
        RegistrationReceipt: {
            cancelToken: string;
            eventId: number;
            id: number;
            /** @enum {string} */
            status: "confirmed" | "waiting" | "cancelled";
            waitingPosition: number | null;
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
        /** @enum {string} */
        Role: "admin" | "staff" | "delegate" | "operator" | "inspector";
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
        Second: Record<string, never>;
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
        Treaty: components["schemas"]["TreatySummary"] & {
            text: components["schemas"]["TreatyVersion"];
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
                before: {
                    body: string;
                    heading: string;
                    key: string;
                } | null;
                beforeIndex: number | null;
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
            to: number;
        };
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
            status: "draft" | "adopted";
            title: string;
        };
        TreatyVersion: {
            amendmentId: number | null;
            articles: components["schemas"]["Article"][];
            date: string;
            title: string;
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
export type operations = Record<string, never>;
