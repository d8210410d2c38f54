/** The anchor of the project page's Ændringsanmodninger section (the edit page's "Anmod om ændring" and the request page link to it). */
export const changeRequestAnchor = "aendringsanmodning";
