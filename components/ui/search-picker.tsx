"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { describedBy, FieldMessages } from "./form";

export type PickerChoice = { id: number; label: string };

type Props = {
  name: string;
  label: string;
  /** The route that answers `?q=` with up to 20 choices, e.g. "/api/pickers/people?scope=zone-lead". */
  source: string;
  /** The choice the form starts with (an edit page's current value), rendered by the server. */
  initial?: PickerChoice | null;
  state?: ActionState;
  hint?: string;
  id?: string;
  className?: string;
  required?: boolean;
  placeholder?: string;
};

/**
 * A searchable choice of one person or project (WAI-ARIA combobox with a listbox popup): the user types, the
 * server suggests, the chosen id is posted in a hidden input under `name`. Without JavaScript it is a text field and
 * the hidden id stays as the server rendered it, so the server's "Vælg …" message explains a missing choice.
 */
export function SearchPicker({ name, label, source, initial = null, state, hint, id = name, className, required, placeholder = "Skriv for at søge" }: Props) {
  const [chosen, setChosen] = useState<PickerChoice | null>(initial);
  /** The last choice made, which a search left without a choice falls back to, so the field shows what is posted. */
  const kept = useRef(initial);
  const [text, setText] = useState(initial?.label ?? "");
  const [options, setOptions] = useState<PickerChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; controller?: AbortController }>({});
  const listId = `${id}-list`;
  const hasError = Boolean(state?.fieldErrors?.[name]);
  const expanded = open && options.length > 0;

  function cancel() {
    clearTimeout(pending.current.timer);
    pending.current.controller?.abort();
  }

  function search(query: string, delay = 200) {
    cancel();
    pending.current.timer = setTimeout(async () => {
      const controller = new AbortController();
      pending.current.controller = controller;
      try {
        const response = await fetch(`${source}${source.includes("?") ? "&" : "?"}q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const found = (await response.json()) as PickerChoice[];
        setOptions(found);
        setActive(-1);
        setOpen(true);
        setAnnouncement(found.length ? `${found.length} forslag` : "Ingen match");
      } catch {
        if (!controller.signal.aborted) setAnnouncement("Forslagene kunne ikke hentes. Prøv igen.");
      }
    }, delay);
  }

  function close() {
    cancel();
    setOpen(false);
    setActive(-1);
  }

  function choose(option: PickerChoice | null) {
    kept.current = option;
    setChosen(option);
    setText(option?.label ?? "");
    setAnnouncement(option ? `Valgt: ${option.label}` : "Valget er fjernet");
    close();
  }

  useEffect(() => {
    const form = inputRef.current?.form;
    const reset = () => {
      kept.current = initial;
      setChosen(initial);
      setText(initial?.label ?? "");
      close();
    };
    form?.addEventListener("reset", reset);
    return () => {
      form?.removeEventListener("reset", reset);
      cancel();
    };
    // The initial choice is fixed for the life of the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, listId]);

  function leave() {
    close();
    if (chosen) return;
    const typed = text.trim().toLowerCase();
    const back = typed ? (options.find((option) => option.label.toLowerCase() === typed) ?? kept.current) : null;
    kept.current = back;
    setChosen(back);
    setText(back?.label ?? "");
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) return search(text, 0);
      const last = options.length - 1;
      setActive((current) => (event.key === "ArrowDown" ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1));
    } else if (event.key === "Enter" && expanded && active >= 0 && active < options.length) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        close();
      } else if (text) {
        event.preventDefault();
        choose(null);
      }
    }
  }

  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <div className="relative flex gap-2">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && active < options.length ? `${listId}-${active}` : undefined}
          aria-required={required || undefined}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy(id, hasError, hint)}
          placeholder={placeholder}
          className="field"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (chosen) setChosen(null);
            search(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={leave}
        />
        {(chosen || text) && (
          <button type="button" className="btn btn-secondary shrink-0" onClick={() => (choose(null), inputRef.current?.focus())}>
            Ryd<span className="sr-only"> {label}</span>
          </button>
        )}
        <ul id={listId} role="listbox" aria-label={`Forslag: ${label}`} hidden={!expanded} className="absolute top-full left-0 z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border border-gray-500 bg-white shadow-lg">
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`flex min-h-11 cursor-pointer items-center px-3 py-2 ${index === active ? "bg-brand-700 text-white" : "hover:bg-gray-100"}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      </div>
      {open && !options.length && (
        <p aria-hidden="true" className="mt-1 text-sm text-muted">
          Ingen match
        </p>
      )}
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <FieldMessages name={name} fieldId={id} state={state} hint={hint} />
    </div>
  );
}
