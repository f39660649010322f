import { connection } from "next/server";
import { getProgramme } from "@/server/programme/get-programme";
import { formatWholeKroner } from "@/lib/format";

export default async function HomePage() {
  await connection();
  const programme = await getProgramme();
  const price = formatWholeKroner(programme.pricePerParticipantOre);
  return (
    <main id="main">
      <section className="hero">
        <div className="container">
          <p className="eyebrow">{programme.edition} · for kommunale direktioner</p>
          <h1>Kommunestyret 2030</h1>
          <p className="lead">
            Hvordan ser kommunestyret og den kommunale velfærd ud i dag – og frem mod 2030? Et udviklingsforløb, hvor hele
            direktionen arbejder med fremtidens kommunestyre sammen med direktioner fra andre kommuner.
          </p>
          <div className="actions">
            <a className="button light" href="/hold">
              Se hold og datoer
            </a>
            <a className="button ghost-light" href="/tilmelding">
              Tilmeld jeres direktion
            </a>
          </div>
        </div>
      </section>

      <div className="container">
        <ul className="facts" aria-label="Forløbet kort fortalt">
          <li>
            <strong>4 hold</strong> på forskellige steder i landet
          </li>
          <li>
            <strong>5–10 direktioner</strong> pr. hold, 30–40 deltagere
          </li>
          <li>
            <strong>12-12 seminar</strong> med overnatning og en opfølgningsdag
          </li>
          <li>
            <strong>{price}</strong> pr. deltager ekskl. moms, inkl. overnatning, ekskl. transport
          </li>
        </ul>

        <div className="grid-2">
          <section aria-labelledby="why">
            <h2 id="why">Hvorfor nu?</h2>
            <p>
              Det bliver stadig sværere at rekruttere medarbejdere, flere borgere har brug for pleje, og forventningerne til
              service stiger. Digitalisering, grøn omstilling og voksende ulighed udfordrer vores forestillinger om
              sammenhængskraft og velfærd.
            </p>
            <p>
              Hvad betyder forandringerne for kommunernes vilkår og muligheder, for samfundskontrakten mellem den offentlige
              sektor og borgerne og for samspillet mellem politikere og forvaltning? Komponent, KL og chefforeningerne
              inviterer derfor til det tredje fælles udviklingsforløb med fremtidens kommunestyre i fokus.
            </p>
          </section>
          <section aria-labelledby="themes">
            <h2 id="themes">Temaer</h2>
            <ul>
              <li>Samspillet mellem politikere og embedsmænd</li>
              <li>Nye former for borgerinddragelse – som vej ud af tillidskrisen og den stigende ulighed</li>
              <li>
                Topledelsens rolle som medskaber af kommunestyret 2030
              </li>
              <li>
                &quot;Vilde problemer&quot;: arbejdskraftmangel på den helt korte bane og klimaudfordringer på den lidt
                længere bane
              </li>
              <li>Bæredygtige og robuste kommuner, cirkulær økonomi og doughnut-økonomi</li>
            </ul>
          </section>
        </div>

        <section aria-labelledby="gets">
          <h2 id="gets">Det får direktionen</h2>
          <div className="cards">
            <div className="card">
              <h3>Et fælles udviklingsrum</h3>
              <p>
                Tid til at udvikle en fælles forståelse af, hvad der skal til for at forny og bevare kommunernes relevans,
                når den nuværende samfundskontrakt bliver svær at levere på.
              </p>
            </div>
            <div className="card">
              <h3>Inspiration udefra</h3>
              <p>
                Input fra den private sektor, kulturen, forskningen og innovative samfundskræfter – og tid i egen direktion
                til at arbejde med roller, mindset og konkrete metoder.
              </p>
            </div>
            <div className="card">
              <h3>Sparring på tværs</h3>
              <p>
                Udveksling med direktører fra andre kommuner og mulighed for nye samarbejder på tværs af kommunegrænser.
              </p>
            </div>
            <div className="card">
              <h3>Faglige netværk</h3>
              <p>Drøftelser med direktører inden for samme fagområde – også på tværs af holdene.</p>
            </div>
          </div>
        </section>

        <section aria-labelledby="who">
          <h2 id="who">For hvem?</h2>
          <p>
            Forløbet er for hele kommunale direktioner: kommunaldirektøren og direktørerne for fx børn og kultur, social og
            sundhed, teknik og miljø samt økonomi og HR. Det er hverken et kursus, en konference eller et
            teamudviklingsforløb, men et rum, hvor direktionen får redskaber til at arbejde med egen praksis og med løsninger,
            der kan tages med hjem og udvikles videre sammen med organisationen, politikerne og lokale aktører.
          </p>
        </section>

        <section aria-labelledby="practical">
          <h2 id="practical">Praktisk</h2>
          <p>
            Forløbet holdes fire gange med 5–10 direktioner på hvert hold, så et hold ikke bliver større end 30–40 deltagere.
            Et hold gennemføres, når 5 direktioner er tilmeldt. Alle hold har samme ramme: et 12-12 seminar (fra kl. 12.00
            den første dag til kl. 12.00 den næste dag med overnatning) og en opfølgningsdag – på forskellige steder i landet,
            valgt for at give inspiration og plads til tankeeksperimenter.
          </p>
          <p>
            Prisen er {price} pr. deltager ekskl. moms. Prisen omfatter overnatning, men ikke transport. Der faktureres
            elektronisk til kommunens EAN-nummer.
          </p>
          <p>
            <a className="button" href="/hold">
              Find et hold
            </a>
          </p>
        </section>
      </div>
    </main>
  );
}
