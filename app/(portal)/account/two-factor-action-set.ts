import type { TwoFactorActions } from "@/components/account/two-factor-forms";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "./two-factor-actions";

/** The two-factor forms' actions, passed down by /account and the enrolment step of sign-in. */
export const twoFactorActions: TwoFactorActions = { start: startTwoFactorAction, confirm: confirmTwoFactorAction, disable: disableTwoFactorAction };
