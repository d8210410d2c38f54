"use client";

import dynamic from "next/dynamic";

/** The decision form for a pending change request, loaded only when a director sees one (SSR stays on). */
export const ChangeRequestDecisionForm = dynamic(() => import("./change-request-form").then((forms) => forms.ChangeRequestDecisionForm));
