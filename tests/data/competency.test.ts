// Competency questions: what an analyst asks the graph, as SPARQL, with the answers the source supports.
import { beforeAll, describe, expect, it } from 'vitest';
import type oxigraph from 'oxigraph';
import { curatedStore, selectRows } from './oxigraph-store';

let store: oxigraph.Store;
beforeAll(() => {
  store = curatedStore();
});

describe('competency questions', () => {
  it('which OSCE bodies work with both IOM and ILO, and on what', () => {
    const rows = selectRows(
      store,
      `
      SELECT DISTINCT ?body ?theme WHERE {
        ?body a okg:OSCEBody ; okg:partnersWith|^okg:partnersWith id:iom , id:ilo .
        ?work okg:organizedBy ?body ; okg:organizedBy|okg:participant ?partner ; okg:addresses ?theme .
        FILTER(?partner IN (id:iom, id:ilo))
      }`,
    );
    expect(rows).toEqual([
      'oceea | theme-gender-migration', // handbooks with IOM and ILO (B1)
      'oceea | theme-labour-migration',
      'oceea | theme-migrant-integration', // 2016 trainings held jointly with IOM and ILO (B1)
      'odihr | theme-gender-migration',
      'odihr | theme-labour-migration',
      'odihr | theme-migrant-integration',
      'osce | theme-migration-governance', // OSCE/ILO study of 2009 (footnote 1)
    ]);
  });

  it('which decisions mandate the Transnational Threats Department', () => {
    const rows = selectRows(
      store,
      `
      SELECT DISTINCT ?decision ?identifier WHERE {
        ?tntd rdfs:label "Transnational Threats Department"@en ; okg:mandatedBy ?decision .
        ?decision dcterms:identifier ?identifier .
      }`,
    );
    expect(rows).toEqual([
      'border-security-management-concept | MC.DOC/2/05', // cited by the source as MC.DEC/2/05
      'pc-dec-1049 | PC.DEC/1049',
      'pc-dec-1063 | PC.DEC/1063',
    ]);
  });

  it("which SDG targets ODIHR's work serves, by which curation rule, reading which heading", () => {
    const rows = selectRows(
      store,
      `
      SELECT ?target ?graph ?heading WHERE {
        GRAPH ?graph { id:odihr okg:contributesTo ?target }
        ?graph a okg:CurationGraph ; prov:wasDerivedFrom ?heading . FILTER(STRENDS(STR(?heading), "-heading"))
      }`,
    );
    expect(rows).toEqual([
      'sdg:10.7 | curation-sdg-b1 | passage-b1-heading',
      'sdg:16.2 | curation-sdg-b3 | passage-b3-heading',
      'sdg:16.9 | curation-sdg-b2 | passage-b2-heading',
      'sdg:17.18 | curation-sdg-b4 | passage-b4-heading',
      'sdg:5.2 | curation-sdg-b3 | passage-b3-heading',
      'sdg:8.7 | curation-sdg-b3 | passage-b3-heading',
      'sdg:8.8 | curation-sdg-b1 | passage-b1-heading',
    ]);
  });

  it('which units belong to which department', () => {
    const rows = selectRows(
      store,
      `
      SELECT DISTINCT ?unit ?department WHERE {
        ?unit a org:OrganizationalUnit ; org:unitOf ?department .
        ?department org:subOrganizationOf id:osce .
      }`,
    );
    expect(rows).toEqual(['ecu | oceea', 'tntd-atu | tntd', 'tntd-bsmu | tntd', 'tntd-spmu | tntd']);
  });

  it('which decisions concern gender equality', () => {
    const rows = selectRows(
      store,
      `
      SELECT DISTINCT ?identifier WHERE {
        ?decision a okg:Decision ; dcterms:identifier ?identifier ;
          okg:addresses/skos:broader* id:theme-gender-equality .
      }`,
    );
    expect(rows).toEqual(['MC.DEC/10/11', 'MC.DEC/14/04', 'MC.DEC/15/05', 'MC.DEC/7/09', 'MC.DEC/7/14']);
  });

  it('what the OSCE planned (for 2017, or with no period named), and with whom', () => {
    const rows = selectRows(
      store,
      `
      SELECT DISTINCT ?work ?who WHERE {
        ?work a okg:Plan .
        OPTIONAL { ?work okg:plannedFor ?when }
        FILTER(!BOUND(?when) || STR(?when) = "2017")
        OPTIONAL { ?work okg:organizedBy|okg:participant ?who }
      }`,
    );
    // group the organizers and participants of each planned piece of work
    const byWork = new Map<string, string[]>();
    for (const row of rows) {
      const [work = '', who] = row.split(' | ');
      byWork.set(work, [...(byWork.get(work) ?? []), ...(who ? [who] : [])]);
    }
    expect(Object.fromEntries([...byWork].map(([w, list]) => [w, list.sort().join(',')]))).toEqual({
      'alliance-conference-17': 'osr-cthb',
      'austrian-chairmanship-2017-migration-dialogue':
        'austrian-chairmanship-2017,international-organizations,iom,unhcr',
      'climate-security-workshop-2017': 'ecu,mediterranean-partners',
      'financial-investigations-handbook': 'osr-cthb',
      'gcm-briefings-2017': 'participating-states,partners-for-cooperation',
      'gcm-coordination': 'gfmd,ilo,iom,osce,undesa',
      'gcm-panel-summary': '',
      'hate-crime-justice-project': 'odihr',
      'hate-crime-trainings-2017': 'odihr',
      'international-migrants-day-meeting-2017': 'odihr,osr-cthb',
      'labour-migration-capacity-building-2017': 'oceea,odihr',
      'legal-channels-study-2017': 'oceea',
      'oceea-gcm-contribution': 'oceea',
      'oceea-labour-migration-scoping-missions': 'oceea',
      'odihr-migrant-integration-research-2017': 'odihr',
      'odihr-migrant-integration-workshops-2017': 'odihr',
    });
  });

  it('which events took place in December 2016', () => {
    const rows = selectRows(
      store,
      `
      SELECT ?event ?date WHERE {
        ?event a okg:Event ; dcterms:date ?date .
        FILTER(STRSTARTS(STR(?date), "2016-12"))
      }`,
    );
    expect(rows).toEqual(['gcm-panel-2016 | 2016-12-14']);
  });

  it('which partners the OSCE plans to co-ordinate with', () => {
    const rows = selectRows(
      store,
      `
      SELECT DISTINCT ?partner WHERE {
        ?work a okg:Plan ; okg:organizedBy id:osce ; okg:participant ?partner .
        ?partner a okg:Partner .
      }`,
    );
    expect(rows).toEqual(['gfmd', 'ilo', 'iom', 'undesa']);
  });

  it('which states are OSCE participating States, and which are Partners for Co-operation (outside it)', () => {
    const members = selectRows(store, 'SELECT DISTINCT ?s WHERE { ?s a okg:Country ; org:memberOf id:osce }');
    expect(members).toEqual(['austria', 'germany', 'switzerland']);
    const partners = selectRows(
      store,
      `
      SELECT DISTINCT ?s ?group WHERE { ?s a okg:Country ; org:memberOf ?group . ?group org:memberOf id:partners-for-cooperation }`,
    );
    expect(partners).toHaveLength(11);
    expect(partners).toContain('algeria | mediterranean-partners');
    expect(partners).toContain('japan | asian-partners');
    // nothing puts a partner inside the OSCE
    const inside = selectRows(
      store,
      `
      SELECT DISTINCT ?s WHERE { ?s (org:memberOf|org:subOrganizationOf|org:unitOf)+ ?body . ?body a okg:OSCEBody .
        { ?s a okg:Partner } UNION { ?s org:memberOf/org:memberOf id:partners-for-cooperation } }`,
    );
    expect(inside).toEqual([]);
  });

  it('who holds which post, and in which organization', () => {
    const rows = selectRows(
      store,
      `
      SELECT DISTINCT ?post ?in ?holder WHERE { ?post a org:Post ; org:postIn ?in . OPTIONAL { ?post org:heldBy ?holder } }`,
    );
    expect(rows).toEqual([
      'austrian-chairmanship-2017 | osce | austria',
      'german-chairmanship-2016 | osce | germany',
      'iom-deputy-director | iom',
      'iwg-migration-chair | iwg-migration | switzerland',
      'osce-secretary-general | osce',
    ]);
  });
});
