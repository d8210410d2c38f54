import type {
  evidenceStrengths,
  experimentDecisions,
  experimentStates,
  inspirationSources,
  radarRings,
  sharingLevels,
} from "../lib/codes";

/**
 * Demodata for Egeby Kommunes udviklingsrum, forsøg, idéer og udsyn.
 *
 * Brugere, projekter og strategiske mål slås op på e-mail og titel fra demo-data.ts. Datoer er angivet
 * relativt til seed-tidspunktet: `...DaysAgo` i dage tilbage, `periodMonths` i måneder (negative = fortid).
 */

export type DemoZone = {
  name: string;
  theme: string;
  purpose: string;
  goalTitle: string;
  sponsorEmail: string;
  leadEmail: string;
  members: { email: string; med?: true }[];
  cadence: string;
  riskFrameKr: number;
  projectTitles: string[];
  createdDaysAgo: number;
};

export type DemoLearning = {
  observation: string;
  learning: string;
  decision: (typeof experimentDecisions)[number];
  evidence: (typeof evidenceStrengths)[number];
  sharing: (typeof sharingLevels)[number];
  finishedDaysAgo: number;
  /** Title of the existing project the experiment was promoted to. */
  promotedTo?: string;
};

export type DemoExperiment = {
  key: string;
  zone: string;
  title: string;
  hypothesis: string;
  test: string;
  metric: string;
  successCriterion: string;
  periodMonths: [number, number];
  moneyAtRiskKr: number;
  technology: string;
  radarRing: (typeof radarRings)[number];
  involvementPlanned: string;
  state: (typeof experimentStates)[number];
  createdByEmail: string;
  createdDaysAgo: number;
  /** The learning card: present exactly when the state is finished. */
  learning?: DemoLearning;
};

export type DemoIdea = {
  title: string;
  description: string;
  authorEmail: string;
  createdDaysAgo: number;
  votes: number;
  comments: [email: string, body: string][];
  status:
    | { kind: "new" }
    | { kind: "reviewing" }
    | { kind: "to_experiment"; experimentKey: string }
    | { kind: "rejected"; reason: string }
    | { kind: "became_project"; projectTitle: string };
};

export type DemoInspiration = {
  title: string;
  sourceKind: (typeof inspirationSources)[number];
  organisation: string;
  daysAgo: number;
  link: string;
  takeaway: string;
  zone?: string;
  projectTitle?: string;
  createdByEmail: string;
};

// ---------------------------------------------------------------------------
// Udviklingsrum
// ---------------------------------------------------------------------------

export const demoZones: DemoZone[] = [
  {
    name: "Velfærdsteknologi",
    theme: "Teknologi, der giver borgerne tryghed og mestring i eget hjem og på plejecentrene",
    purpose:
      "Rummet samler projekter og forsøg med velfærdsteknologi i Social og Sundhed samt Ældre og Handicap. Vi afprøver løsninger i lille skala sammen med borgere, pårørende og medarbejdere, før de rulles ud. Målet er mere tid til omsorg og flere borgere, der klarer sig selv længere.",
    goalTitle: "Nye digitale velfærdsløsninger til borgere i eget hjem",
    sponsorEmail: "henrik.mortensen@egeby.dk",
    leadEmail: "afdelingschef@egeby.dk",
    members: [
      { email: "helle.petersen@egeby.dk" },
      { email: "maria.knudsen@egeby.dk" },
      { email: "bo.thorsen@egeby.dk", med: true },
      { email: "lars.mikkelsen@egeby.dk" },
      { email: "kasper.iversen@egeby.dk" },
      { email: "charlotte.frederiksen@egeby.dk" },
    ],
    cadence: "Hver 4. uge",
    riskFrameKr: 1_500_000,
    projectTitles: ["Faldsensorer i plejeboliger", "Skærmbesøg i hjemmeplejen", "Elektroniske medicinskabe i botilbud"],
    createdDaysAgo: 480,
  },
  {
    name: "Data og AI",
    theme: "Data, kunstig intelligens og sprogteknologi i sagsbehandling, dokumentation og styring",
    purpose:
      "Rummet afprøver, hvordan data og kunstig intelligens kan lette sagsbehandling og dokumentation uden at gå på kompromis med retssikkerhed og databeskyttelse. Alle forsøg har en konsekvensanalyse og en klar exitplan. Erfaringerne deles med andre kommuner gennem KL og OS2.",
    goalTitle: "Bedre styring gennem fælles data",
    sponsorEmail: "direktor@egeby.dk",
    leadEmail: "medarbejder@egeby.dk",
    members: [
      { email: "mathias.poulsen@egeby.dk" },
      { email: "simon.dalgaard@egeby.dk" },
      { email: "rikke.gregersen@egeby.dk" },
      { email: "oliver.krag@egeby.dk", med: true },
      { email: "marianne.bak@egeby.dk" },
      { email: "anja.vinther@egeby.dk" },
    ],
    cadence: "Hver 14. dag",
    riskFrameKr: 2_000_000,
    projectTitles: [
      "Fælles dataplatform og ledelsesinformation",
      "AI-assisteret journalføring i socialrådgivningen",
      "Tale-til-tekst i dokumentationen i sygeplejen",
    ],
    createdDaysAgo: 430,
  },
  {
    name: "Borgerservice og selvbetjening",
    theme: "Enkel kontakt med kommunen – digitalt, på telefonen og ved skranken",
    purpose:
      "Rummet udvikler borgernes kontakt med kommunen, så de enkle henvendelser kan klares digitalt døgnet rundt, og medarbejderne får tid til dem, der har brug for hjælp. Forsøgene måles på færre opkald, kortere ventetid og borgernes tilfredshed. Borgerpanelet og Handicaprådet inddrages i alle forsøg.",
    goalTitle: "Enkel selvbetjening døgnet rundt",
    sponsorEmail: "camilla.poulsen@egeby.dk",
    leadEmail: "louise.madsen@egeby.dk",
    members: [
      { email: "emil.kristensen@egeby.dk" },
      { email: "pernille.laursen@egeby.dk" },
      { email: "amira.haddad@egeby.dk", med: true },
      { email: "jakob.nissen@egeby.dk" },
      { email: "katrine.schou@egeby.dk" },
    ],
    cadence: "Hver 3. uge",
    riskFrameKr: 800_000,
    projectTitles: ["Chatbot i Borgerservice", "Videomøder med Borgerservice", "Klarsprog og automatisk brevgenerering"],
    createdDaysAgo: 400,
  },
  {
    name: "Klima og sensorer",
    theme: "Sensorer og data til grøn drift af veje, bygninger og klimatilpasning",
    purpose:
      "Rummet afprøver sensorer og IoT i byens infrastruktur for at spare kørsel, energi og CO2. Vi bygger på det fælles LoRaWAN-net og OS2iot, så data kan genbruges på tværs af forvaltningerne. Forsøg, der virker, overgår til drift i Vej og Park eller Ejendomme.",
    goalTitle: "Grøn og smart drift af byens infrastruktur",
    sponsorEmail: "soeren.andersen@egeby.dk",
    leadEmail: "peter.jakobsen@egeby.dk",
    members: [
      { email: "mads.bruun@egeby.dk" },
      { email: "niels.clausen@egeby.dk", med: true },
      { email: "frederik.jepsen@egeby.dk" },
      { email: "ida.svendsen@egeby.dk" },
      { email: "simon.dalgaard@egeby.dk" },
    ],
    cadence: "Hver 4. uge",
    riskFrameKr: 1_000_000,
    projectTitles: ["Sensorer til glatførebekæmpelse", "Fyldningssensorer i affaldsspande i byrummet", "Digitalt klimakort over skybrudsrisiko"],
    createdDaysAgo: 370,
  },
  {
    name: "Fremtidens arbejdsplads",
    theme: "Digitale kompetencer, nye arbejdsformer og færre administrative rutiner",
    purpose:
      "Rummet undersøger, hvordan digitale værktøjer kan gøre hverdagen lettere for medarbejderne og frigøre tid fra administrative rutiner. Vi arbejder tæt sammen med Hovedudvalget, så forandringer sker med medarbejderne og ikke hen over hovedet på dem.",
    goalTitle: "Digitale kompetencer og videndeling blandt medarbejdere",
    sponsorEmail: "lene.kristiansen@egeby.dk",
    leadEmail: "hanne.soerensen@egeby.dk",
    members: [
      { email: "nanna.vestergaard@egeby.dk" },
      { email: "gitte.hougaard@egeby.dk", med: true },
      { email: "tobias.toft@egeby.dk" },
      { email: "line.eriksen@egeby.dk" },
      { email: "jonas.moeller@egeby.dk" },
    ],
    cadence: "Hver 6. uge",
    riskFrameKr: 500_000,
    projectTitles: ["RPA i lønbehandling", "E-learning for nye medarbejdere"],
    createdDaysAgo: 300,
  },
];

// ---------------------------------------------------------------------------
// Forsøg: testkort, og læringskort for de afsluttede
// ---------------------------------------------------------------------------

export const demoExperiments: DemoExperiment[] = [
  // ----- Velfærdsteknologi (ramme 1,5 mio. kr.; 0,6 mio. kr. i igangværende forsøg) -----
  {
    key: "sensorbleer",
    zone: "Velfærdsteknologi",
    title: "Sensorbleer på Lindehaven Plejecenter",
    hypothesis:
      "Vi tror at sensorbleer, der giver besked, når bleen skal skiftes, vil give beboerne bedre nattesøvn og færre hudproblemer og spare unødige tjek om natten.",
    test: "For at afprøve det vil vi bruge sensorbleer hos 12 beboere på to afsnit i tre måneder og sammenligne med de tre måneder før.",
    metric: "Antal natlige tjek og bleskift pr. beboer pr. døgn; antal tilfælde af hudirritation",
    successCriterion: "Mindst 25 % færre natlige tjek og ingen stigning i hudproblemer",
    periodMonths: [-2, 2],
    moneyAtRiskKr: 350_000,
    technology: "Sensorbleer",
    radarRing: "trial",
    involvementPlanned:
      "Beboere og pårørende orienteres på pårørendemødet; nattevagterne deltager i opstart og evaluering; MED-udvalget på Lindehaven er orienteret.",
    state: "running",
    createdByEmail: "helle.petersen@egeby.dk",
    createdDaysAgo: 75,
  },
  {
    key: "medicindispenser",
    zone: "Velfærdsteknologi",
    title: "Medicindispenser i eget hjem",
    hypothesis:
      "Vi tror at en medicindispenser, der udleverer dosisposer og minder borgeren om medicinen, kan erstatte en del af hjemmeplejens medicinbesøg uden at gå på kompromis med sikkerheden.",
    test: "For at afprøve det vil vi give 15 borgere i distrikt Syd en medicindispenser i fire måneder og følge alle udeblevne doseringer tæt.",
    metric: "Antal medicinbesøg pr. uge; antal udeblevne eller forsinkede doseringer",
    successCriterion: "Mindst 40 % færre medicinbesøg og ingen alvorlige utilsigtede hændelser",
    periodMonths: [-1, 3],
    moneyAtRiskKr: 250_000,
    technology: "Medicindispenser",
    radarRing: "trial",
    involvementPlanned:
      "Borgere og pårørende giver samtykke og interviewes undervejs; sygeplejersker og social- og sundhedsassistenter deltager i en workshop om arbejdsgangene.",
    state: "running",
    createdByEmail: "maria.knudsen@egeby.dk",
    createdDaysAgo: 50,
  },
  {
    key: "faldsensorer-hjemme",
    zone: "Velfærdsteknologi",
    title: "Faldsensorer i eget hjem hos borgere med høj faldrisiko",
    hypothesis:
      "Vi tror at faldsensorer i eget hjem kan give hurtigere hjælp efter fald og gøre borgere med høj faldrisiko trygge ved at blive boende.",
    test: "For at afprøve det vil vi installere faldsensorer hos 20 borgere med høj faldrisiko i seks måneder og følge alle alarmer og fald.",
    metric: "Tid fra fald til hjælp; antal falske alarmer pr. borger pr. måned; borgernes oplevede tryghed (spørgeskema)",
    successCriterion: "Hjælp inden for 15 minutter i mindst 90 % af faldene og under to falske alarmer pr. borger pr. måned",
    periodMonths: [-10, -4],
    moneyAtRiskKr: 300_000,
    technology: "Faldsensorer",
    radarRing: "trial",
    involvementPlanned:
      "Borgere og pårørende interviewes før og efter; hjemmeplejens nattevagter og terapeuter deltager i evalueringen; Ældrerådet orienteres.",
    state: "finished",
    createdByEmail: "helle.petersen@egeby.dk",
    createdDaysAgo: 330,
    learning: {
      observation:
        "Sensorerne opdagede 31 fald, og hjælpen nåede frem inden for 15 minutter i 29 af dem. Falske alarmer faldt fra fire til under én pr. borger pr. måned, efter at sensorerne blev flyttet væk fra badeværelsesdøren. 17 af 20 borgere svarede, at de følte sig mere trygge.",
      learning:
        "Faldsensorer virker i eget hjem, når placeringen tilpasses den enkelte bolig, og nattevagten har en fast procedure for opkald. Installationen kræver et hjemmebesøg af en terapeut, og det skal med i planlægningen ved udrulning.",
      decision: "scale",
      evidence: "strong",
      sharing: "public",
      finishedDaysAgo: 110,
    },
  },
  {
    key: "vr-demens",
    zone: "Velfærdsteknologi",
    title: "VR-briller til beboere med demens",
    hypothesis: "Vi tror at korte oplevelser i VR-briller kan mindske uro og udadreagerende adfærd hos beboere med demens.",
    test: "For at afprøve det vil vi tilbyde VR-oplevelser to gange om ugen til otte beboere på Egebo Plejecenters skærmede enhed i ti uger.",
    metric: "Antal registrerede episoder med uro; personalets vurdering efter hver session",
    successCriterion: "Mindst 20 % færre episoder med uro i forsøgsperioden",
    periodMonths: [-13, -10],
    moneyAtRiskKr: 120_000,
    technology: "VR-briller",
    radarRing: "hold",
    involvementPlanned: "Pårørende giver samtykke; demenskoordinatoren og personalet på den skærmede enhed vurderer hver session.",
    state: "finished",
    createdByEmail: "bo.thorsen@egeby.dk",
    createdDaysAgo: 420,
    learning: {
      observation:
        "Kun tre af otte beboere ville tage brillerne på mere end én gang, og to blev mere urolige bagefter. Antallet af episoder med uro ændrede sig ikke målbart. Personalet brugte meget tid på at gøre brillerne klar og rengøre dem.",
      learning:
        "VR-briller passer dårligt til beboere med fremskreden demens; musik og sansestimulering uden udstyr på hovedet gav bedre resultater. Teknologien kan være relevant ved tidlig demens, men det er et andet forsøg.",
      decision: "stop",
      evidence: "moderate",
      sharing: "network",
      finishedDaysAgo: 290,
    },
  },
  {
    key: "gps-demens",
    zone: "Velfærdsteknologi",
    title: "GPS-tracker til borgere med demens, der går ture alene",
    hypothesis:
      "Vi tror at en GPS-tracker kan give borgere med demens frihed til at gå ture alene og give pårørende og hjemmeplejen ro.",
    test: "For at afprøve det vil vi tilbyde GPS-trackere til ti borgere med samtykke fra borger og pårørende i fire måneder.",
    metric: "Antal eftersøgninger; pårørendes oplevede tryghed; antal ture borgeren går alene",
    successCriterion: "Ingen politieftersøgninger i perioden og flere ture alene for mindst halvdelen af borgerne",
    periodMonths: [2, 6],
    moneyAtRiskKr: 180_000,
    technology: "GPS-tracking",
    radarRing: "assess",
    involvementPlanned: "Demensforeningen Egeby og Ældrerådet høres om samtykke og etik, før forsøget starter.",
    state: "draft",
    createdByEmail: "lars.mikkelsen@egeby.dk",
    createdDaysAgo: 20,
  },
  {
    key: "spiserobot",
    zone: "Velfærdsteknologi",
    title: "Spiserobotter på tre plejecentre",
    hypothesis: "Vi tror at spiserobotter kan give beboere med nedsat armfunktion mere selvstændighed ved måltiderne.",
    test: "For at afprøve det vil vi lease seks spiserobotter til tre plejecentre i et år.",
    metric: "Antal måltider, beboeren spiser selv; personalets tid brugt på madning",
    successCriterion: "Mindst fire beboere spiser mindst ét dagligt måltid selv",
    periodMonths: [-3, 9],
    moneyAtRiskKr: 1_100_000,
    technology: "Spiserobot",
    radarRing: "hold",
    involvementPlanned: "Ergoterapeuterne udvælger beboere; Brugerrådet på plejecentrene høres.",
    state: "rejected",
    createdByEmail: "bo.thorsen@egeby.dk",
    createdDaysAgo: 110,
  },

  // ----- Data og AI (ramme 2 mio. kr.; 1,7 mio. kr. i igangværende forsøg = 85 %) -----
  {
    key: "ai-laegeattester",
    zone: "Data og AI",
    title: "Generativ AI til resuméer af lægeattester i sygedagpengesager",
    hypothesis:
      "Vi tror at en sprogmodel kan lave korrekte resuméer af lægeattester og statusattester, så sagsbehandlerne sparer tid på at læse lange dokumenter.",
    test: "For at afprøve det vil vi lade fire sagsbehandlere i sygedagpengeteamet bruge AI-resuméer i 300 sager og tjekke hvert resumé mod originalen.",
    metric: "Læsetid pr. sag; andel resuméer med faktuelle fejl",
    successCriterion: "Mindst 30 % kortere læsetid og under 2 % resuméer med væsentlige fejl",
    periodMonths: [-2, 3],
    moneyAtRiskKr: 750_000,
    technology: "Generativ AI",
    radarRing: "assess",
    involvementPlanned:
      "Sagsbehandlerne er med til at designe forsøget; konsekvensanalysen er godkendt af databeskyttelsesrådgiveren; MED-udvalget i Job og Beskæftigelse er orienteret.",
    state: "running",
    createdByEmail: "mathias.poulsen@egeby.dk",
    createdDaysAgo: 80,
  },
  {
    key: "tale-visitation",
    zone: "Data og AI",
    title: "Tale-til-tekst ved visitationsbesøg",
    hypothesis: "Vi tror at visitatorerne kan dokumentere deres besøg hurtigere med tale-til-tekst på tablet, så notaterne skrives samme dag.",
    test: "For at afprøve det vil vi give seks visitatorer tale-til-tekst i omsorgssystemet i tre måneder og måle dokumentationstiden.",
    metric: "Minutter brugt på dokumentation pr. besøg; andel notater skrevet samme dag",
    successCriterion: "Mindst 20 minutter sparet pr. besøg og 90 % af notaterne skrevet samme dag",
    periodMonths: [-1, 2],
    moneyAtRiskKr: 600_000,
    technology: "Tale-til-tekst",
    radarRing: "trial",
    involvementPlanned: "Visitatorerne tester ordlisten på forhånd; tillidsrepræsentanten deltager i evalueringen.",
    state: "running",
    createdByEmail: "anja.vinther@egeby.dk",
    createdDaysAgo: 45,
  },
  {
    key: "prognose-plejeboliger",
    zone: "Data og AI",
    title: "Prognosemodel for behovet for plejeboliger",
    hypothesis:
      "Vi tror at en prognosemodel baseret på befolknings- og visitationsdata kan forudsige ventelisten til plejeboliger et år frem bedre end den nuværende fremskrivning.",
    test: "For at afprøve det vil vi bygge en model på data fra de seneste fem år og sammenligne dens forudsigelser med den faktiske venteliste måned for måned.",
    metric: "Gennemsnitlig afvigelse mellem prognose og faktisk venteliste",
    successCriterion: "Afvigelse på højst 10 % seks måneder frem",
    periodMonths: [-3, 3],
    moneyAtRiskKr: 350_000,
    technology: "Maskinlæring",
    radarRing: "assess",
    involvementPlanned: "Visitationen og økonomifunktionen i Ældre og Handicap validerer modellens antagelser på to workshops.",
    state: "running",
    createdByEmail: "simon.dalgaard@egeby.dk",
    createdDaysAgo: 100,
  },
  {
    key: "lokal-sprogmodel",
    zone: "Data og AI",
    title: "Kommunal sprogmodel i eget datacenter",
    hypothesis:
      "Vi tror at en sprogmodel, der kører i kommunens eget datacenter, kan bruges til fortrolige sager, som ikke må sendes til en cloudtjeneste.",
    test: "For at afprøve det vil vi leje en GPU-server i seks måneder og lade tre fagområder afprøve resuméer og klarsprog på fortrolige dokumenter.",
    metric: "Kvaliteten af svarene vurderet af fagpersoner (1–5); svartid; driftsomkostning pr. måned",
    successCriterion: "Gennemsnitlig kvalitet på mindst 4 og en driftsomkostning under 25.000 kr. pr. måned",
    periodMonths: [1, 7],
    moneyAtRiskKr: 450_000,
    technology: "Generativ AI",
    radarRing: "assess",
    involvementPlanned: "Informationssikkerhedsudvalget og databeskyttelsesrådgiveren godkender opsætningen; fagpersoner fra tre afdelinger vurderer svarene.",
    state: "awaiting_approval",
    createdByEmail: "rikke.gregersen@egeby.dk",
    createdDaysAgo: 6,
  },
  {
    key: "tale-sygepleje",
    zone: "Data og AI",
    title: "Tale-til-tekst i hjemmesygeplejen i distrikt Øst",
    hypothesis:
      "Vi tror at sygeplejersker kan spare tid og skrive bedre notater, hvis de dikterer dokumentationen i bilen mellem besøgene.",
    test: "For at afprøve det vil vi give otte sygeplejersker i distrikt Øst tale-til-tekst på deres telefon i tre måneder og sammenligne med distrikt Vest.",
    metric: "Minutter brugt på dokumentation pr. vagt; kvaliteten af notaterne vurderet ved journalaudit",
    successCriterion: "Mindst 30 minutter sparet pr. vagt og uændret eller bedre journalaudit",
    periodMonths: [-13, -10],
    moneyAtRiskKr: 280_000,
    technology: "Tale-til-tekst",
    radarRing: "trial",
    involvementPlanned: "Sygeplejerskerne i distrikt Øst bygger ordlisten; Dansk Sygeplejeråds tillidsrepræsentant følger forsøget.",
    state: "finished",
    createdByEmail: "anja.vinther@egeby.dk",
    createdDaysAgo: 420,
    learning: {
      observation:
        "Sygeplejerskerne sparede i gennemsnit 38 minutter pr. vagt, og journalaudit viste lidt mere fyldestgørende notater. Genkendelsen af medicinnavne og faglige forkortelser var dårlig de første uger, men blev bedre, da ordlisten blev udvidet. To sygeplejersker med stærk dialekt oplevede flere fejl end de øvrige.",
      learning:
        "Tale-til-tekst giver en klar tidsgevinst i den udkørende sygepleje, når der bygges en faglig ordliste fra start og afsættes tid til oplæring. Gevinsten kommer kun, hvis diktatet kan ske direkte i omsorgsjournalen og ikke skal kopieres.",
      decision: "scale",
      evidence: "strong",
      sharing: "public",
      finishedDaysAgo: 280,
      promotedTo: "Tale-til-tekst i dokumentationen i sygeplejen",
    },
  },
  {
    key: "anonymisering",
    zone: "Data og AI",
    title: "Automatisk anonymisering af dokumenter ved aktindsigt",
    hypothesis:
      "Vi tror at sprogteknologi kan finde og overstrege personoplysninger i dokumenter til aktindsigt, så sagsbehandlerne kun skal kontrollere forslagene.",
    test: "For at afprøve det vil vi køre 50 afsluttede aktindsigtssager gennem et anonymiseringsværktøj og sammenligne med de manuelle overstregninger.",
    metric: "Andel personoplysninger fundet; tid brugt pr. sag",
    successCriterion: "Mindst 95 % af personoplysningerne fundet og halveret tidsforbrug",
    periodMonths: [1, 4],
    moneyAtRiskKr: 200_000,
    technology: "Sprogteknologi",
    radarRing: "assess",
    involvementPlanned: "Juristerne i Direktionssekretariatet kontrollerer resultatet; journalisterne i kommunikationsteamet giver feedback.",
    state: "draft",
    createdByEmail: "marianne.bak@egeby.dk",
    createdDaysAgo: 12,
  },

  // ----- Borgerservice og selvbetjening (ramme 800.000 kr.) -----
  {
    key: "callbot",
    zone: "Borgerservice og selvbetjening",
    title: "Callbot der sorterer opkald til Borgerservice",
    hypothesis:
      "Vi tror at en callbot, der spørger ind til borgerens ærinde, kan sende opkaldet direkte til den rette medarbejder og selv besvare de enkleste spørgsmål.",
    test: "For at afprøve det vil vi lade callbotten tage imod opkald på hovednummeret mellem kl. 8 og 10 i tre måneder.",
    metric: "Andel opkald sendt korrekt videre; andel opkald løst af callbotten; borgertilfredshed",
    successCriterion: "Mindst 85 % korrekt viderestilling og ingen fald i tilfredsheden",
    periodMonths: [-1, 2],
    moneyAtRiskKr: 300_000,
    technology: "Callbot",
    radarRing: "assess",
    involvementPlanned: "Borgerpanelet tester dialogen før start; Handicaprådet giver input til alternativet for borgere, der ikke kan bruge talestyring.",
    state: "running",
    createdByEmail: "emil.kristensen@egeby.dk",
    createdDaysAgo: 40,
  },
  {
    key: "chatbot-sprog",
    zone: "Borgerservice og selvbetjening",
    title: "Chatbot på engelsk og arabisk",
    hypothesis:
      "Vi tror at borgere med et andet modersmål vil bruge chatbotten mere og ringe mindre, hvis den svarer på engelsk og arabisk.",
    test: "For at afprøve det vil vi slå engelsk og arabisk til i chatbotten på emnerne pas, sundhedskort og flytning i tre måneder.",
    metric: "Antal samtaler på engelsk og arabisk; andel samtaler uden viderestilling",
    successCriterion: "Mindst 500 samtaler på andre sprog og 70 % uden viderestilling",
    periodMonths: [-8, -5],
    moneyAtRiskKr: 80_000,
    technology: "Chatbot",
    radarRing: "adopt",
    involvementPlanned: "Sprogskolen og integrationsrådet tester svarene; borgerrådgiverne registrerer henvendelser om chatbotten.",
    state: "finished",
    createdByEmail: "amira.haddad@egeby.dk",
    createdDaysAgo: 260,
    learning: {
      observation:
        "Der var 1.240 samtaler på engelsk og 310 på arabisk. Chatbotten løste 74 % af samtalerne på engelsk, men kun 48 % på arabisk, fordi de maskinoversatte svar om regler var svære at forstå. Borgerrådgiverne fik færre spørgsmål på engelsk.",
      learning:
        "En flersproget chatbot er værd at fortsætte på engelsk, men svarene på arabisk skal kvalitetssikres af en medarbejder med arabisk som modersmål, før de bruges. Maskinoversættelse af regeltekster er ikke godt nok alene.",
      decision: "adjust",
      evidence: "moderate",
      sharing: "public",
      finishedDaysAgo: 130,
    },
  },
  {
    key: "ansigtsgenkendelse",
    zone: "Borgerservice og selvbetjening",
    title: "Ansigtsgenkendelse i selvbetjeningsstandere til pas og kørekort",
    hypothesis: "Vi tror at borgerne kan afhente pas og kørekort i en stander med ansigtsgenkendelse uden at stå i kø.",
    test: "For at afprøve det vil vi leje to standere med ansigtsgenkendelse og tilbyde afhentning døgnet rundt i seks måneder.",
    metric: "Andel afhentninger i standeren; ventetid ved skranken",
    successCriterion: "Mindst 40 % af afhentningerne sker i standeren",
    periodMonths: [-2, 4],
    moneyAtRiskKr: 650_000,
    technology: "Ansigtsgenkendelse",
    radarRing: "hold",
    involvementPlanned: "Databeskyttelsesrådgiveren vurderer behandlingsgrundlaget; borgerpanelet spørges om tryghed ved biometri.",
    state: "rejected",
    createdByEmail: "pernille.laursen@egeby.dk",
    createdDaysAgo: 90,
  },
  {
    key: "pas-paamindelse",
    zone: "Borgerservice og selvbetjening",
    title: "Påmindelse før pas og kørekort udløber",
    hypothesis:
      "Vi tror at en påmindelse i Digital Post to måneder før passet eller kørekortet udløber, kan flytte bestillingerne væk fra sommerens spidsbelastning.",
    test: "For at afprøve det vil vi sende påmindelser til alle borgere, hvis pas udløber i en bestemt periode, og sammenligne bestillingsmønstret med året før.",
    metric: "Andel bestillinger foretaget før udløb; antal bestillinger i juni og juli",
    successCriterion: "Mindst 15 % færre bestillinger i juni og juli",
    periodMonths: [1, 5],
    moneyAtRiskKr: 40_000,
    technology: "Digital Post og sms",
    radarRing: "adopt",
    involvementPlanned: "Kommunikationsteamet skriver beskeden i klarsprog sammen med to borgere fra borgerpanelet.",
    state: "draft",
    createdByEmail: "emil.kristensen@egeby.dk",
    createdDaysAgo: 8,
  },

  // ----- Klima og sensorer (ramme 1 mio. kr.) -----
  {
    key: "regnvandsbassiner",
    zone: "Klima og sensorer",
    title: "LoRaWAN-sensorer til vandstand i regnvandsbassiner",
    hypothesis:
      "Vi tror at sensorer i regnvandsbassinerne kan varsle Vej og Park, før bassinerne løber over ved skybrud, så der kan sættes ind i tide.",
    test: "For at afprøve det vil vi sætte sensorer i otte regnvandsbassiner og sende data til OS2iot og kommunens kort i seks måneder.",
    metric: "Varslingstid før overløb; antal udkald uden behov",
    successCriterion: "Varsling mindst to timer før overløb ved alle hændelser",
    periodMonths: [-3, 3],
    moneyAtRiskKr: 400_000,
    technology: "LoRaWAN-sensorer",
    radarRing: "trial",
    involvementPlanned: "Vej og Parks vagtmandskab og forsyningsselskabet deltager i opsætning af alarmgrænser.",
    state: "running",
    createdByEmail: "mads.bruun@egeby.dk",
    createdDaysAgo: 110,
  },
  {
    key: "indeklima-skoler",
    zone: "Klima og sensorer",
    title: "Indeklimasensorer i tre skoler",
    hypothesis:
      "Vi tror at CO2- og temperatursensorer i klasselokalerne kan styre ventilationen bedre og give et bedre indeklima uden større energiforbrug.",
    test: "For at afprøve det vil vi sætte sensorer i 45 klasselokaler på tre skoler i et skoleår og koble dem til ventilationsanlægget på den ene skole.",
    metric: "Timer med CO2 over 1.000 ppm; energiforbrug til ventilation",
    successCriterion: "Halvering af timerne over 1.000 ppm og uændret energiforbrug",
    periodMonths: [-12, -2],
    moneyAtRiskKr: 150_000,
    technology: "LoRaWAN-sensorer",
    radarRing: "trial",
    involvementPlanned: "Elevrådene og skolernes arbejdsmiljørepræsentanter deltager i opstart og evaluering.",
    state: "finished",
    createdByEmail: "niels.clausen@egeby.dk",
    createdDaysAgo: 390,
    learning: {
      observation:
        "Timerne med CO2 over 1.000 ppm faldt med 58 % på skolen, hvor sensorerne styrede ventilationen, men kun 12 % på de to skoler, hvor lærerne selv skulle reagere på en lampe. Energiforbruget steg 4 %. Batterierne holdt som lovet.",
      learning:
        "Sensorer alene ændrer ikke indeklimaet; gevinsten kommer, når de styrer ventilationen automatisk. Vi fortsætter afprøvningen med styring på alle tre skoler i endnu en fyringssæson, før vi beslutter udrulning.",
      decision: "continue",
      evidence: "moderate",
      sharing: "network",
      finishedDaysAgo: 45,
    },
  },

  // ----- Fremtidens arbejdsplads (ramme 500.000 kr.) -----
  {
    key: "vagtbooking",
    zone: "Fremtidens arbejdsplads",
    title: "Selvbooking af ekstravagter i dagtilbud",
    hypothesis:
      "Vi tror at en app, hvor pædagoger og vikarer selv kan booke ledige ekstravagter, kan mindske ledernes tid på vikardækning og give færre ubesatte vagter.",
    test: "For at afprøve det vil vi bruge en app til vagtbooking i fire daginstitutioner i fire måneder.",
    metric: "Ledernes tid brugt på vikardækning pr. uge; antal ubesatte vagter",
    successCriterion: "Halvering af ledernes tid på vikardækning",
    periodMonths: [-2, 2],
    moneyAtRiskKr: 150_000,
    technology: "Vagtbooking-app",
    radarRing: "trial",
    involvementPlanned: "BUPL's tillidsrepræsentanter og de fire institutioners MED-udvalg godkender spillereglerne for booking.",
    state: "running",
    createdByEmail: "jonas.moeller@egeby.dk",
    createdDaysAgo: 70,
  },
  {
    key: "hr-assistent",
    zone: "Fremtidens arbejdsplads",
    title: "AI-assistent til spørgsmål om løn og personaleregler",
    hypothesis:
      "Vi tror at en AI-assistent, der kender kommunens personalepolitikker og overenskomster, kan besvare ledernes enkle personalespørgsmål, så HR får færre mails.",
    test: "For at afprøve det vil vi give 25 ledere adgang til en AI-assistent med kommunens personalehåndbog i to måneder.",
    metric: "Antal mails til HR fra forsøgslederne; andel korrekte svar ved stikprøve",
    successCriterion: "30 % færre mails og mindst 90 % korrekte svar",
    periodMonths: [-7, -5],
    moneyAtRiskKr: 70_000,
    technology: "Generativ AI",
    radarRing: "assess",
    involvementPlanned: "Hovedudvalget er orienteret; fem ledere og to HR-konsulenter tester assistenten før start.",
    state: "finished",
    createdByEmail: "nanna.vestergaard@egeby.dk",
    createdDaysAgo: 230,
    learning: {
      observation:
        "Mails til HR fra forsøgslederne faldt med 22 %. Stikprøven viste 84 % korrekte svar; fejlene handlede især om særregler i overenskomsterne for pædagoger og sygeplejersker. Lederne var glade for at kunne få svar om aftenen.",
      learning:
        "Assistenten er god til generelle personaleregler, men skal afgrænses fra overenskomstspecifikke spørgsmål, indtil kilderne er bedre struktureret. Svarene skal altid henvise til kilden, så lederen kan tjekke dem.",
      decision: "adjust",
      evidence: "moderate",
      sharing: "internal",
      finishedDaysAgo: 150,
    },
  },
];

// ---------------------------------------------------------------------------
// Idékassen
// ---------------------------------------------------------------------------

export const demoIdeas: DemoIdea[] = [
  {
    title: "Fælles booking af kommunens elbiler",
    description:
      "I dag bookes kommunens elbiler i fem forskellige Outlook-kalendere, og bilerne står ofte stille, mens andre mangler en bil. En fælles booking med digital nøgleboks kunne udnytte bilparken bedre og måske spare et par biler.",
    authorEmail: "tobias.toft@egeby.dk",
    createdDaysAgo: 18,
    votes: 9,
    comments: [
      ["gitte.hougaard@egeby.dk", "Ja tak! Jeg har flere gange taget min egen bil, fordi jeg ikke kunne se, om der var en ledig."],
      ["karsten.pedersen@egeby.dk", "Husk at tjekke, om leasingaftalen tillader nøglebokse. Jeg kan hjælpe med at finde kontrakten."],
    ],
    status: { kind: "new" },
  },
  {
    title: "Oplæsning af kommunens breve",
    description:
      "Mange borgere, der henvender sig i Borgerservice, har svært ved at læse vores breve. En knap, der læser brevet højt – gerne også på andre sprog – kunne hjælpe dem, uden at de skal møde op på rådhuset.",
    authorEmail: "amira.haddad@egeby.dk",
    createdDaysAgo: 26,
    votes: 12,
    comments: [
      ["pernille.laursen@egeby.dk", "Det ville især hjælpe de ældre borgere, der kommer med deres breve i hånden hver tirsdag."],
      ["jakob.nissen@egeby.dk", "Vi bør koordinere med klarsprogsprojektet, så brevene er skrevet til at blive læst op."],
      ["rikke.gregersen@egeby.dk", "Husk tilgængelighedskravene – oplæsningen skal også virke med skærmlæsere."],
    ],
    status: { kind: "new" },
  },
  {
    title: "Drikkekop der registrerer væskeindtag",
    description:
      "Dehydrering er en hyppig årsag til indlæggelser fra plejecentrene. En smart drikkekop, der registrerer, hvor meget beboeren drikker, kunne give personalet et varsel, før det bliver et problem.",
    authorEmail: "maria.knudsen@egeby.dk",
    createdDaysAgo: 33,
    votes: 7,
    comments: [["helle.petersen@egeby.dk", "Odense har afprøvet noget lignende. Jeg tager kontakt til dem via netværket."]],
    status: { kind: "new" },
  },
  {
    title: "Digital tavle med dagens vagter og opgaver på plejecentret",
    description:
      "Vagtoversigten hænger på papir i personalestuen og er forældet, så snart nogen melder sig syge. En skærm med dagens vagter og opgaver, hentet direkte fra vagtplanen, ville spare mange opkald.",
    authorEmail: "bo.thorsen@egeby.dk",
    createdDaysAgo: 14,
    votes: 4,
    comments: [],
    status: { kind: "new" },
  },
  {
    title: "Fælles faglig ordliste til tale-til-tekst",
    description:
      "Flere afdelinger bygger hver deres ordliste til tale-til-tekst med de samme medicinnavne og forkortelser. En fælles ordliste, som alle kan bidrage til, ville gøre genkendelsen bedre for alle.",
    authorEmail: "medarbejder@egeby.dk",
    createdDaysAgo: 11,
    votes: 3,
    comments: [["kasper.iversen@egeby.dk", "God idé. Vi har allerede 400 ord fra sygeplejen, som kan være starten."]],
    status: { kind: "new" },
  },
  {
    title: "Selvbetjent udlån af sportsudstyr i parkerne",
    description:
      "Bokse med bolde, kroketsæt og petanquekugler, som man låser op med MitID, kunne få flere ud i parkerne om sommeren. Det kunne bygge videre på låsesystemet fra Book og lås.",
    authorEmail: "frederik.jepsen@egeby.dk",
    createdDaysAgo: 9,
    votes: 2,
    comments: [],
    status: { kind: "new" },
  },
  {
    title: "Automatisk rykker til parter, der ikke har svaret på partshøring",
    description:
      "Sagsbehandlerne holder selv styr på frister for partshøring i regneark. Sagssystemet kunne sende en automatisk venlig påmindelse, når fristen nærmer sig.",
    authorEmail: "marianne.bak@egeby.dk",
    createdDaysAgo: 5,
    votes: 0,
    comments: [],
    status: { kind: "new" },
  },
  {
    title: "Tale-til-tekst til sagsnotater i Jobcentret",
    description:
      "Efter samtaler med borgere bruger vi meget tid på at skrive notater. Erfaringerne fra sygeplejen tyder på, at tale-til-tekst kunne spare tid hos os også.",
    authorEmail: "christian.nielsen@egeby.dk",
    createdDaysAgo: 22,
    votes: 4,
    comments: [["tina.andersen@egeby.dk", "Vi skal have afklaret, om notaterne må dikteres, mens borgeren er til stede."]],
    status: { kind: "new" },
  },
  {
    title: "AI-hjælp til referater fra MED-møder",
    description:
      "Det tager lang tid at skrive referater fra MED-møderne, og de bliver ofte sendt ud sent. Et værktøj, der laver et udkast ud fra en optagelse eller stikord, kunne hjælpe sekretærerne.",
    authorEmail: "gitte.hougaard@egeby.dk",
    createdDaysAgo: 64,
    votes: 11,
    comments: [
      ["nanna.vestergaard@egeby.dk", "Det skal være tydeligt for alle deltagere, hvis mødet optages."],
      ["hanne.soerensen@egeby.dk", "Vi tager den op i Fremtidens arbejdsplads. Vi vil gerne se, hvad Direktionssekretariatet lærer af deres referatforsøg først."],
      ["oliver.krag@egeby.dk", "Copilot kan allerede lave udkast i Teams, men kun hvis mødet holdes der."],
      ["gitte.hougaard@egeby.dk", "Mange af vores MED-møder er fysiske, så det skal også virke med stikord."],
    ],
    status: { kind: "reviewing" },
  },
  {
    title: "Skærmbesøg om natten i botilbud",
    description:
      "Nogle beboere i botilbud har brug for et kort tjek om natten, men bliver vækket, når personalet kommer ind. Et skærmbesøg, som beboeren selv kan takke ja til, kunne give mere ro.",
    authorEmail: "lars.mikkelsen@egeby.dk",
    createdDaysAgo: 48,
    votes: 8,
    comments: [
      ["afdelingschef@egeby.dk", "Interessant – vi vurderer den i Velfærdsteknologi sammen med erfaringerne fra natteopsynsprojektet, der blev stoppet."],
      ["bo.thorsen@egeby.dk", "Beboernes samtykke skal kunne trækkes tilbage fra dag til dag."],
    ],
    status: { kind: "reviewing" },
  },
  {
    title: "Droner til inspektion af tage på kommunale bygninger",
    description:
      "Tagene på skoler og haller inspiceres i dag fra lift, hvilket er dyrt og tager tid. En drone med kamera kunne klare de fleste inspektioner hurtigere og uden risiko for fald.",
    authorEmail: "mads.bruun@egeby.dk",
    createdDaysAgo: 57,
    votes: 6,
    comments: [
      ["peter.jakobsen@egeby.dk", "Vi undersøger, hvad droneregler og forsikring kræver, før vi går videre."],
      ["niels.clausen@egeby.dk", "Billederne kunne lægges direkte ind i GIS, så vi kan følge skaderne over tid."],
    ],
    status: { kind: "reviewing" },
  },
  {
    title: "Chatbot for virksomheder om erhvervsaffald og byggetilladelser",
    description:
      "Virksomheder ringer med de samme spørgsmål om erhvervsaffald og byggeregler. Chatbotten i Borgerservice kunne udvides med et afsnit for virksomheder.",
    authorEmail: "katrine.schou@egeby.dk",
    createdDaysAgo: 41,
    votes: 5,
    comments: [["emil.kristensen@egeby.dk", "Det kan lade sig gøre med den nuværende chatbot. Vi skal bare have svarene skrevet."]],
    status: { kind: "reviewing" },
  },
  {
    title: "Dataoverblik over sygefravær for ledere",
    description:
      "Lederne får i dag sygefraværet som et regneark en gang i kvartalet. Et løbende overblik på dataplatformen ville gøre det lettere at tage samtalerne i tide.",
    authorEmail: "nanna.vestergaard@egeby.dk",
    createdDaysAgo: 72,
    votes: 10,
    comments: [
      ["mathias.poulsen@egeby.dk", "Data findes allerede på dataplatformen. Det er mest et spørgsmål om adgangsstyring."],
      ["rikke.gregersen@egeby.dk", "Helbredsoplysninger er følsomme – lederne må kun se deres egne medarbejdere."],
      ["tobias.toft@egeby.dk", "Et overblik pr. afdeling uden navne kunne være et godt første skridt."],
    ],
    status: { kind: "reviewing" },
  },
  {
    title: "Fælles overblik over kommunens sensorer",
    description:
      "Flere afdelinger har sat sensorer op, men ingen ved, hvad de andre måler. Et fælles kort over sensorerne i OS2iot ville gøre det lettere at genbruge data og undgå dobbeltindkøb.",
    authorEmail: "simon.dalgaard@egeby.dk",
    createdDaysAgo: 30,
    votes: 5,
    comments: [["mads.bruun@egeby.dk", "Enig – vi har selv været ved at købe vejrstationer, som Ejendomme allerede havde."]],
    status: { kind: "reviewing" },
  },
  {
    title: "GPS til borgere med demens, der går ture",
    description:
      "Flere pårørende spørger, om deres familiemedlem med demens kan få en GPS, så de kan blive ved med at gå ture alene. I dag har vi ikke et tilbud, og nogle pårørende køber selv løsninger uden aftaler om, hvem der reagerer.",
    authorEmail: "charlotte.frederiksen@egeby.dk",
    createdDaysAgo: 60,
    votes: 14,
    comments: [
      ["lars.mikkelsen@egeby.dk", "Det fylder meget i hjemmeplejen. To eftersøgninger alene i år."],
      ["marianne.bak@egeby.dk", "Der skal være et klart samtykke og en vurdering efter serviceloven om magtanvendelse."],
      ["afdelingschef@egeby.dk", "Sendt til forsøg i Velfærdsteknologi. Lars laver testkortet."],
    ],
    status: { kind: "to_experiment", experimentKey: "gps-demens" },
  },
  {
    title: "Automatisk overstregning af personoplysninger ved aktindsigt",
    description:
      "Vi bruger mange timer på at overstrege navne, cpr-numre og helbredsoplysninger i dokumenter til aktindsigt. Et værktøj, der foreslår overstregningerne, kunne halvere tiden.",
    authorEmail: "jakob.nissen@egeby.dk",
    createdDaysAgo: 40,
    votes: 9,
    comments: [
      ["marianne.bak@egeby.dk", "Vi kan stille 50 afsluttede sager til rådighed som testmateriale."],
      ["medarbejder@egeby.dk", "Sendt til forsøg i Data og AI som testkort."],
    ],
    status: { kind: "to_experiment", experimentKey: "anonymisering" },
  },
  {
    title: "Påmindelse før pas og kørekort udløber",
    description:
      "Hver sommer har vi lange køer, fordi mange opdager for sent, at passet er udløbet. En påmindelse i god tid kunne sprede bestillingerne over året.",
    authorEmail: "pernille.laursen@egeby.dk",
    createdDaysAgo: 35,
    votes: 13,
    comments: [
      ["amira.haddad@egeby.dk", "Det ville gøre en stor forskel i juni. Vi havde op til to timers ventetid sidste år."],
      ["louise.madsen@egeby.dk", "Vi afprøver det som et lille forsøg i Borgerservice og selvbetjening."],
    ],
    status: { kind: "to_experiment", experimentKey: "pas-paamindelse" },
  },
  {
    title: "Egen kommunal app til alle borgerhenvendelser",
    description: "En Egeby-app, hvor borgerne kan klare alle henvendelser til kommunen ét sted og få besked, når der sker noget i deres sag.",
    authorEmail: "emil.kristensen@egeby.dk",
    createdDaysAgo: 150,
    votes: 5,
    comments: [
      ["simon.dalgaard@egeby.dk", "Det vil kræve integration til meget mange fagsystemer."],
      ["louise.madsen@egeby.dk", "Vi har set på erfaringerne fra andre kommuner, der har prøvet det."],
    ],
    status: {
      kind: "rejected",
      reason:
        "Borgerne skal kunne finde selvbetjeningen på borger.dk og kommunens hjemmeside. En egen app kræver drift og udvikling, vi ikke har råd til, og andre kommuners erfaringer viser lav brug. Vi arbejder i stedet videre med chatbotten og Digital Post.",
    },
  },
  {
    title: "Ansigtsgenkendelse ved adgang til rådhuset",
    description: "Medarbejderne kunne komme ind på rådhuset uden adgangskort, hvis døren genkendte deres ansigt.",
    authorEmail: "julie.noergaard@egeby.dk",
    createdDaysAgo: 190,
    votes: 1,
    comments: [["rikke.gregersen@egeby.dk", "Biometri er følsomme personoplysninger. Det kræver en meget stærk begrundelse."]],
    status: {
      kind: "rejected",
      reason:
        "Biometriske oplysninger er følsomme personoplysninger, og vi kan ikke påvise et behov, der står mål med indgrebet. Adgangskort med pinkode løser opgaven.",
    },
  },
  {
    title: "Robotplæneklippere på boldbanerne",
    description: "Robotplæneklippere kunne holde græsset på kommunens boldbaner, så Vej og Park får tid til andre opgaver.",
    authorEmail: "frederik.jepsen@egeby.dk",
    createdDaysAgo: 210,
    votes: 6,
    comments: [["mads.bruun@egeby.dk", "Flere klubber har spurgt til det samme."]],
    status: {
      kind: "rejected",
      reason:
        "Græsslåningen er udbudt for 2026–2029, og kontrakten omfatter ikke robotter. Idéen tages op igen ved næste udbud, og erfaringerne fra Horsens Kommune tages med.",
    },
  },
  {
    title: "Gratis wifi i alle busser",
    description: "Gratis wifi i busserne ville gøre det mere attraktivt for unge at tage bussen til skole og uddannelse.",
    authorEmail: "line.eriksen@egeby.dk",
    createdDaysAgo: 120,
    votes: 3,
    comments: [],
    status: {
      kind: "rejected",
      reason: "Busdriften hører under trafikselskabet Midttrafik og ikke under kommunen. Idéen er sendt videre til Midttrafik.",
    },
  },
  {
    title: "Sensorer i skraldespandene på torvet",
    description:
      "Skraldespandene på torvet og i parkerne tømmes efter en fast rute, uanset om de er fulde. Med en sensor i hver spand kunne vi tømme efter behov og spare kørsel.",
    authorEmail: "mads.bruun@egeby.dk",
    createdDaysAgo: 240,
    votes: 12,
    comments: [
      ["niels.clausen@egeby.dk", "Sensorerne kan sende data over det LoRaWAN-net, vi allerede har."],
      ["peter.jakobsen@egeby.dk", "Gladsaxe har gode erfaringer. Vi gør det til et projekt i Klima og sensorer."],
      ["soeren.andersen@egeby.dk", "Godt initiativ – vi ser på finansieringen i budgetarbejdet."],
    ],
    status: { kind: "became_project", projectTitle: "Fyldningssensorer i affaldsspande i byrummet" },
  },
  {
    title: "Videomøder med Borgerservice for borgere i yderområderne",
    description:
      "Borgere i yderområderne kører langt for at få hjælp til pension og boligstøtte. Et videomøde med en medarbejder kunne spare dem turen.",
    authorEmail: "amira.haddad@egeby.dk",
    createdDaysAgo: 200,
    votes: 10,
    comments: [
      ["louise.madsen@egeby.dk", "Vi har fået lov til at gøre det til et projekt. Amira bliver projektleder."],
      ["jakob.nissen@egeby.dk", "Vi hjælper gerne med at fortælle om tilbuddet i lokalaviserne."],
    ],
    status: { kind: "became_project", projectTitle: "Videomøder med Borgerservice" },
  },
  {
    title: "Robotter til kontering af fakturaer",
    description:
      "Kreditorbogholderiet konterer tusindvis af fakturaer om måneden i hånden. En robot med kunstig intelligens kunne foreslå konteringen og matche fakturaen med indkøbsordren.",
    authorEmail: "tobias.toft@egeby.dk",
    createdDaysAgo: 170,
    votes: 7,
    comments: [["hanne.soerensen@egeby.dk", "Det er blevet et projekt med Tobias som projektleder."]],
    status: { kind: "became_project", projectTitle: "Automatisk fakturahåndtering i kreditorbogholderiet" },
  },
];

// ---------------------------------------------------------------------------
// Udsyn: hvad vi har lært af andre
// ---------------------------------------------------------------------------

export const demoInspirations: DemoInspiration[] = [
  {
    title: "Generativ AI i kommunerne – fra pilot til drift",
    sourceKind: "conference",
    organisation: "KL's Digitaliseringskonference",
    daysAgo: 35,
    link: "https://www.kl.dk/arrangementer/kl-s-digitaliseringskonference",
    takeaway:
      "Flere kommuner har sat AI-piloter i gang, men få er kommet i drift, fordi driftsomkostningerne ikke var regnet med fra start. Odense og Aarhus anbefaler at lægge en exitplan og en driftsmodel ind i testkortet fra første dag.",
    zone: "Data og AI",
    createdByEmail: "direktor@egeby.dk",
  },
  {
    title: "OS2faktor og OS2rollekatalog i drift",
    sourceKind: "kl_os2",
    organisation: "OS2-netværket",
    daysAgo: 95,
    link: "https://www.os2.eu/os2rollekatalog",
    takeaway:
      "Kommunerne i OS2-netværket deler konfigurationer af rollekataloget, så ingen behøver at starte fra bunden. Det største arbejde er at få fagsystemernes roller beskrevet i et sprog, lederne forstår.",
    projectTitle: "OS2-løsninger til rettighedsstyring og login",
    createdByEmail: "simon.dalgaard@egeby.dk",
  },
  {
    title: "OS2iot som fælles platform for sensordata",
    sourceKind: "kl_os2",
    organisation: "OS2 – Offentligt Digitaliseringsfællesskab",
    daysAgo: 140,
    link: "https://www.os2.eu/os2iot",
    takeaway:
      "OS2iot samler data fra sensorer af forskellige fabrikater ét sted og gør dem tilgængelige for andre systemer. Flere kommuner deler både LoRaWAN-gateways og dataformater, hvilket sparer indkøb.",
    zone: "Klima og sensorer",
    createdByEmail: "niels.clausen@egeby.dk",
  },
  {
    title: "Tale-til-tekst i hjemmeplejen i Aarhus",
    sourceKind: "municipality",
    organisation: "Aarhus Kommune",
    daysAgo: 300,
    link: "https://www.aarhus.dk/demokrati/aeldre/tale-til-tekst-i-hjemmeplejen",
    takeaway:
      "Aarhus oplevede, at gevinsten ved tale-til-tekst først kom, da ordlisten var tilpasset de faglige begreber. De anbefaler at udpege superbrugere i hvert team og måle tidsforbruget før start.",
    zone: "Data og AI",
    projectTitle: "Tale-til-tekst i dokumentationen i sygeplejen",
    createdByEmail: "medarbejder@egeby.dk",
  },
  {
    title: "Vejledning om ansvarlig brug af generativ AI",
    sourceKind: "other",
    organisation: "Digitaliseringsstyrelsen",
    daysAgo: 160,
    link: "https://digst.dk/digital-transformation/kunstig-intelligens/vejledning-om-generativ-ai",
    takeaway:
      "Vejledningen skelner mellem brug af generativ AI til generelle opgaver og til sagsbehandling, hvor kravene er langt større. Myndigheden skal altid kunne forklare, hvordan et svar er blevet til.",
    zone: "Data og AI",
    createdByEmail: "marianne.bak@egeby.dk",
  },
  {
    title: "Erfaringer med sensorbleer på plejecentre",
    sourceKind: "network",
    organisation: "Velfærdsteknologisk netværk Region Midt",
    daysAgo: 120,
    link: "https://www.rm.dk/sundhed/velfaerdsteknologi/netvaerk",
    takeaway:
      "Tre kommuner i netværket har brugt sensorbleer i et år. Beboerne sover bedre, men gevinsten afhænger af, at nattevagterne stoler på data og holder op med de faste runder.",
    zone: "Velfærdsteknologi",
    createdByEmail: "helle.petersen@egeby.dk",
  },
  {
    title: "Kommunernes Teknologiradar 2025",
    sourceKind: "kl_os2",
    organisation: "KL – Kommunernes Teknologiradar",
    daysAgo: 200,
    link: "https://www.kl.dk/kommunale-opgaver/digitalisering-og-teknologi/teknologiradar",
    takeaway:
      "Radaren placerer generativ AI til tekstopgaver i \"hold øje\" på vej mod \"afprøv\" og holder ansigtsgenkendelse i \"afvent\". Den er et godt udgangspunkt for at placere vores egne forsøg i ringene.",
    zone: "Data og AI",
    createdByEmail: "jesper.thomsen@egeby.dk",
  },
  {
    title: "Faldsensorer i eget hjem i Odense",
    sourceKind: "municipality",
    organisation: "Odense Kommune",
    daysAgo: 330,
    link: "https://www.odense.dk/borger/aeldre/velfaerdsteknologi/faldsensorer",
    takeaway:
      "Odense fandt, at placeringen af sensoren betyder mere end fabrikatet. En terapeut bør se boligen før installation, ellers kommer der mange falske alarmer fra badeværelset.",
    projectTitle: "Faldsensorer i plejeboliger",
    createdByEmail: "afdelingschef@egeby.dk",
  },
  {
    title: "LoRaWAN i smarte byer",
    sourceKind: "conference",
    organisation: "Gate 21 – Smart City-konferencen",
    daysAgo: 180,
    link: "https://www.gate21.dk/smart-city",
    takeaway:
      "Kommunerne på konferencen var enige om, at sensorprojekter fejler, når ingen ejer data efter forsøget. Aftal fra start, hvilken driftsenhed der reagerer på alarmerne.",
    zone: "Klima og sensorer",
    createdByEmail: "mads.bruun@egeby.dk",
  },
  {
    title: "Sensorer i klimatilpasningen i Vejle",
    sourceKind: "municipality",
    organisation: "Vejle Kommune",
    daysAgo: 75,
    link: "https://www.vejle.dk/da/borger/klima/klimatilpasning",
    takeaway:
      "Vejle bruger vandstandssensorer i åer og bassiner til at varsle borgerne ved skybrud. Kortet over risikoområder er blevet en af de mest besøgte sider på kommunens hjemmeside.",
    projectTitle: "Digitalt klimakort over skybrudsrisiko",
    createdByEmail: "niels.clausen@egeby.dk",
  },
  {
    title: "Kursus i prompting for sagsbehandlere",
    sourceKind: "course",
    organisation: "COK – Center for Offentlig Kompetenceudvikling",
    daysAgo: 55,
    link: "https://www.cok.dk/kurser/generativ-ai-i-sagsbehandling",
    takeaway:
      "Kurset viste, at gode resultater kræver klare instruktioner og kontrol af kilderne. Deltagerne lærte at bruge AI som sparringspartner, ikke som beslutningstager.",
    zone: "Fremtidens arbejdsplads",
    createdByEmail: "nanna.vestergaard@egeby.dk",
  },
  {
    title: "Diplommodul i velfærdsteknologi",
    sourceKind: "course",
    organisation: "VIA University College",
    daysAgo: 250,
    link: "https://www.via.dk/efter-og-videreuddannelse/velfaerdsteknologi",
    takeaway:
      "Modulet gav et fælles sprog for at vurdere teknologi ud fra borgerens mestring frem for udstyret. Metoden til gevinstvurdering kan vi bruge direkte i vores testkort.",
    zone: "Velfærdsteknologi",
    createdByEmail: "maria.knudsen@egeby.dk",
  },
  {
    title: "Chatbots i borgerservice – hvad virker?",
    sourceKind: "network",
    organisation: "KL's netværk for borgerservice og selvbetjening",
    daysAgo: 110,
    link: "https://www.kl.dk/netvaerk/borgerservice-og-selvbetjening",
    takeaway:
      "Chatbots virker bedst på få, afgrænsede emner med stor volumen. Kommunerne i netværket deler nu svartekster, så de ikke skal skrives forfra i hver kommune.",
    projectTitle: "Chatbot i Borgerservice",
    createdByEmail: "emil.kristensen@egeby.dk",
  },
  {
    title: "AI-assistent til medarbejderne i Københavns Kommune",
    sourceKind: "municipality",
    organisation: "Københavns Kommune",
    daysAgo: 210,
    link: "https://www.kk.dk/om-kommunen/digitalisering/kunstig-intelligens",
    takeaway:
      "København har givet medarbejderne en intern AI-assistent med klare regler for, hvad der må skrives i den. Det har mindsket brugen af gratis tjenester uden databehandleraftale.",
    zone: "Fremtidens arbejdsplads",
    createdByEmail: "hanne.soerensen@egeby.dk",
  },
  {
    title: "Health & Rehab Scandinavia",
    sourceKind: "conference",
    organisation: "MCH Messecenter Herning",
    daysAgo: 230,
    link: "https://www.mch.dk/health-rehab-scandinavia",
    takeaway:
      "Messen viste mange nye løsninger til medicinhåndtering i eget hjem. Flere leverandører tilbyder nu korte forsøgsaftaler, så kommunen ikke skal binde sig til et stort indkøb.",
    zone: "Velfærdsteknologi",
    createdByEmail: "kasper.iversen@egeby.dk",
  },
  {
    title: "Kunstig intelligens og databeskyttelse",
    sourceKind: "other",
    organisation: "Datatilsynet",
    daysAgo: 90,
    link: "https://www.datatilsynet.dk/regler-og-vejledning/kunstig-intelligens",
    takeaway:
      "Datatilsynet understreger, at træning og brug af AI-modeller er to forskellige behandlinger, der hver skal have et grundlag. Konsekvensanalysen skal laves, før data bruges.",
    zone: "Data og AI",
    createdByEmail: "rikke.gregersen@egeby.dk",
  },
  {
    title: "Fyldningssensorer i affaldsspande i Gladsaxe",
    sourceKind: "municipality",
    organisation: "Gladsaxe Kommune",
    daysAgo: 260,
    link: "https://gladsaxe.dk/kommunen/borger/affald-og-genbrug/smarte-affaldsspande",
    takeaway:
      "Gladsaxe har halveret antallet af tømninger i parkerne med sensorer i affaldsspandene. Sensorerne skal sidde under låget, ellers giver regn og sne forkerte målinger.",
    projectTitle: "Fyldningssensorer i affaldsspande i byrummet",
    createdByEmail: "mads.bruun@egeby.dk",
  },
  {
    title: "Ledelse af digitale forandringer",
    sourceKind: "network",
    organisation: "Netværk for HR-chefer i Region Midtjylland",
    daysAgo: 25,
    link: "https://www.kl.dk/netvaerk/hr-chefer",
    takeaway:
      "Netværket var enigt om, at MED skal inddrages, før et forsøg går i gang, ikke når det skal udrulles. Medarbejderne tager bedre imod ny teknologi, når de har været med til at formulere succeskriteriet.",
    createdByEmail: "gitte.hougaard@egeby.dk",
  },
];
