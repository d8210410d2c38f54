"use server";

import { serviceAction } from "@/lib/actions";
import { commentOnIdea, submitIdea, toggleIdeaVote, triageIdea } from "@/lib/services/ideas";

const ideaIdOf = (formData: FormData) => Number(formData.get("ideaId"));

export const submitIdeaAction = serviceAction((user, formData) => submitIdea(user, formData), {
  success: "Tak! Din idé er indsendt.",
  revalidate: ["/ideas"],
});

export const voteAction = serviceAction((user, formData) => toggleIdeaVote(user, ideaIdOf(formData)), {
  success: ({ result }) => (result.voted ? "Din stemme er afgivet." : "Din stemme er trukket tilbage."),
  revalidate: [{ layout: "/ideas" }],
});

export const commentAction = serviceAction((user, formData) => commentOnIdea(user, ideaIdOf(formData), formData), {
  success: "Kommentaren er tilføjet.",
  revalidate: ({ formData }) => [`/ideas/${ideaIdOf(formData)}`],
});

export const triageAction = serviceAction((user, formData) => triageIdea(user, ideaIdOf(formData), formData), {
  success: "Vurderingen er gemt.",
  revalidate: [{ layout: "/ideas" }],
});
