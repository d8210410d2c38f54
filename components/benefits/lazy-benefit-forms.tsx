"use client";

import dynamic from "next/dynamic";

/*
 * A benefit card's forms, loaded only where a card renders them (the project page's benefit tab), so pages that
 * show another tab do not carry them in their first-load JavaScript. SSR stays on: the HTML is the same and works
 * before the code arrives and without JavaScript.
 */
export const MeasurementForm = dynamic(() => import("./benefit-forms").then((forms) => forms.MeasurementForm));
export const CorrectMeasurementForm = dynamic(() => import("./benefit-forms").then((forms) => forms.CorrectMeasurementForm));
export const RebaselineRequestForm = dynamic(() => import("./benefit-forms").then((forms) => forms.RebaselineRequestForm));
export const RebaselineDecisionForm = dynamic(() => import("./benefit-forms").then((forms) => forms.RebaselineDecisionForm));
