/** Danish words the bench data is composed from. Everything is fictional. */

export const firstNames = [
  "Anders", "Anne", "Bente", "Birgitte", "Camilla", "Christian", "Dorte", "Emil", "Eva", "Frederik",
  "Gitte", "Hanne", "Helle", "Ida", "Jakob", "Jens", "Julie", "Karen", "Kasper", "Kirsten",
  "Lars", "Louise", "Mads", "Maria", "Mette", "Mikkel", "Morten", "Nanna", "Niels", "Ole",
  "Peter", "Pia", "Rasmus", "Rikke", "Sara", "Signe", "Simon", "Susanne", "Thomas", "Trine",
] as const;

export const lastNames = [
  "Andersen", "Bach", "Christensen", "Dahl", "Eriksen", "Frandsen", "Gregersen", "Hansen", "Holm", "Iversen",
  "Jensen", "Jakobsen", "Kristensen", "Larsen", "Lund", "Madsen", "Møller", "Nielsen", "Olsen", "Pedersen",
  "Petersen", "Poulsen", "Rasmussen", "Schmidt", "Sørensen", "Thomsen", "Toft", "Vestergaard", "Winther", "Østergaard",
] as const;

/** Extra departments beyond the demo's; kind and short name. */
export const extraDepartments = [
  { name: "Natur og Vand", shortName: "Natur/Vand", kind: "area" },
  { name: "Ejendomme og Service", shortName: "Ejendomme", kind: "area" },
  { name: "Trafik og Veje", shortName: "Trafik/Veje", kind: "area" },
  { name: "Dagtilbud", shortName: "Dagtilbud", kind: "area" },
  { name: "Skoler", shortName: "Skoler", kind: "area" },
  { name: "Sundhedspleje og Forebyggelse", shortName: "Forebyggelse", kind: "area" },
  { name: "Plan og Byggeri", shortName: "Plan/Byg", kind: "area" },
  { name: "Indkøb og Udbud", shortName: "Indkøb", kind: "staff_unit" },
  { name: "Kommunikation", shortName: "Kommunikation", kind: "staff_unit" },
  { name: "Jura og Sekretariat", shortName: "Jura", kind: "staff_unit" },
  { name: "Beredskab", shortName: "Beredskab", kind: "area" },
  { name: "Klima og Energi", shortName: "Klima", kind: "area" },
  { name: "Socialpsykiatri", shortName: "Psykiatri", kind: "area" },
  { name: "Integration", shortName: "Integration", kind: "area" },
] as const;

export const staffTitles = ["Specialkonsulent", "Fuldmægtig", "Digitaliseringskonsulent", "Projektleder", "Teamleder", "Sagsbehandler", "Forløbskoordinator"] as const;

export const projectSubjects = [
  "faldsensorer i plejeboliger", "chatbot i Borgerservice", "RPA i lønadministrationen", "skærmbesøg i hjemmeplejen",
  "digitale byggesager", "sensorer til glatførebekæmpelse", "selvbetjening af pladsanvisning", "digital journal i sundhedsplejen",
  "elektroniske låse i hjemmeplejen", "AI-understøttet visitation", "digital affaldssortering", "book-selv i biblioteker",
  "robotstøvsugere på plejecentre", "automatisk fakturamatch", "mobil registrering af vejskader", "digitale skolehjem-samtaler",
  "talegenkendelse i sagsbehandlingen", "sensorstyret rengøring", "digital vagtplanlægning", "tidlig opsporing med data",
  "selvbetjening af parkeringstilladelser", "digitale borgermøder", "energistyring i kommunale bygninger", "ruteoptimering af kørsel",
] as const;

export const projectPrefixes = ["Udrulning af", "Afprøvning af", "Pilot med", "Samlet indsats for", "Ny løsning til", "Modernisering af"] as const;

export const technologyTags = ["AI", "RPA", "IoT", "Sensorer", "Selvbetjening", "Cloud", "Dataplatform", "Velfærdsteknologi", "Chatbot", "Integrationer", "Mobil"] as const;

export const benefitIndicators = [
  { title: "Frigjort sagsbehandlingstid", indicator: "Timer pr. måned", unit: "timer", type: "economic_time", direction: "up" },
  { title: "Lavere driftsudgift", indicator: "Udgift pr. år", unit: "kr.", type: "economic_cash", direction: "down" },
  { title: "Færre henvendelser", indicator: "Henvendelser pr. måned", unit: "stk.", type: "economic_time", direction: "down" },
  { title: "Højere borgertilfredshed", indicator: "Andel tilfredse borgere", unit: "%", type: "citizen", direction: "up" },
  { title: "Færre fald", indicator: "Fald pr. kvartal", unit: "stk.", type: "quality", direction: "down" },
  { title: "Bedre arbejdsmiljø", indicator: "Trivselsscore", unit: "point", type: "work_environment", direction: "up" },
  { title: "Kortere sagsbehandlingstid", indicator: "Dage pr. sag", unit: "dage", type: "quality", direction: "down" },
] as const;

export const riskTitles = [
  "Leverandøren leverer for sent", "Lav brugeradoption", "Integration til fagsystem fejler", "Uafklaret databehandleraftale",
  "Budgettet rækker ikke", "Nøglemedarbejder stopper", "Teknologien er umoden", "Modstand i personalegruppen",
] as const;

export const involvementSummaries = [
  "Workshop med medarbejdere om arbejdsgange", "Brugertest af prototype", "Orientering i MED-udvalget", "Interview med borgere",
  "Høring hos faglig organisation", "Erfaringsudveksling med nabokommune", "Demo hos leverandøren",
] as const;

export const zoneThemes = [
  "Velfærdsteknologi", "Kunstig intelligens", "Selvbetjening", "Data og indsigt", "Grøn omstilling", "Automatisering",
  "Sundhed og forebyggelse", "Læring og skole", "Byggeri og plan", "Borgerdialog",
] as const;

export const zoneAreas = ["i ældreplejen", "i administrationen", "på skoleområdet", "i Borgerservice"] as const;

export const learningSentences = [
  "Tidlig inddragelse af medarbejderne gav langt bedre brug af løsningen.",
  "Data skulle renses før de kunne bruges, og det tog længere tid end planlagt.",
  "Borgerne tog den digitale løsning til sig, når den blev vist frem personligt.",
  "Leverandørens standardløsning passede bedre end en skræddersyet.",
  "Gevinsten kom først, da den gamle arbejdsgang blev lukket.",
  "Små forsøg med klare succeskriterier gjorde beslutningen let.",
] as const;

export const ideaTopics = [
  "Digital tavle på plejecentret", "SMS-påmindelse om aftaler", "Automatisk svar på aktindsigt", "Fælles booking af mødelokaler",
  "Sensor på affaldsspande", "Chat med sagsbehandler", "Digital introduktion af nye medarbejdere", "Videotolkning",
] as const;

export const inspirationOrganisations = ["Aarhus Kommune", "KL", "OS2", "Digitaliseringsstyrelsen", "Odense Kommune", "KOMBIT", "Region Midtjylland"] as const;
