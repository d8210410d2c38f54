"use client";

import dynamic from "next/dynamic";

/*
 * The project page's forms, each loaded only when its tab renders it. The page shows one tab at a time, so
 * its first-load JavaScript holds none of them; the server still renders every form's HTML (SSR stays on),
 * so a form works before its code arrives and without JavaScript, and its code is preloaded with the page.
 */
export const GateRequestForm = dynamic(() => import("./gate-forms").then((forms) => forms.GateRequestForm));
export const GateDecisionForm = dynamic(() => import("./gate-forms").then((forms) => forms.GateDecisionForm));
export const PhaseChangeForm = dynamic(() => import("./gate-forms").then((forms) => forms.PhaseChangeForm));
export const NoSignificantRisksForm = dynamic(() => import("./risk-forms").then((forms) => forms.NoSignificantRisksForm));
export const InvolvementForm = dynamic(() => import("./involvement-form").then((forms) => forms.InvolvementForm));
export const PublishDraftForm = dynamic(() => import("./publish-draft-form").then((forms) => forms.PublishDraftForm));
export const StatusReportForm = dynamic(() => import("./status-report-form").then((forms) => forms.StatusReportForm));
