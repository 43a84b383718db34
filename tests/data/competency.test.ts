// Competency questions: what an analyst asks the graph, as SPARQL, with the answers the source supports.
import { beforeAll, describe, expect, it } from 'vitest';
import type oxigraph from 'oxigraph';
import { curatedStore, selectRows } from './oxigraph-store';

let store: oxigraph.Store;
beforeAll(() => { store = curatedStore(); });

describe('competency questions', () => {
  it('which OSCE bodies work with both IOM and ILO, and on what', () => {
    const rows = selectRows(store, `
      SELECT DISTINCT ?body ?theme WHERE {
        ?body a okg:OSCEBody ; okg:partnersWith|^okg:partnersWith id:iom , id:ilo .
        ?work okg:organizedBy ?body ; okg:organizedBy|okg:participant ?partner ; okg:addresses ?theme .
        FILTER(?partner IN (id:iom, id:ilo))
      }`);
    expect(rows).toEqual([
      'oceea | theme-gender-migration', // handbooks with IOM and ILO (B1)
      'oceea | theme-labour-migration',
      'odihr | theme-gender-migration',
      'odihr | theme-labour-migration',
      'osce | theme-labour-migration', // 2016 trainings held jointly with IOM and ILO (B1)
      'osce | theme-migrant-integration',
      'osce | theme-migration-governance', // OSCE/ILO study of 2009 (footnote 1)
    ]);
  });

  it('which decisions mandate the Transnational Threats Department', () => {
    const rows = selectRows(store, `
      SELECT DISTINCT ?decision ?identifier WHERE {
        ?tntd rdfs:label "Transnational Threats Department"@en ; okg:mandatedBy ?decision .
        ?decision dcterms:identifier ?identifier .
      }`);
    expect(rows).toEqual([
      'border-security-management-concept | MC.DEC/2/05',
      'pc-dec-1049 | PC.DEC/1049',
      'pc-dec-1063 | PC.DEC/1063',
    ]);
  });

  it("which SDG targets ODIHR's work serves, and which passages say so", () => {
    const rows = selectRows(store, `
      SELECT ?target ?passage WHERE { GRAPH ?passage { id:odihr okg:contributesTo ?target } }`);
    expect(rows).toEqual([
      'sdg:10.7 | passage-b1-handbooks', 'sdg:10.7 | passage-b1-heading',
      'sdg:16.2 | passage-b3-guidance', 'sdg:16.2 | passage-b3-heading',
      'sdg:16.9 | passage-b2-heading', 'sdg:16.9 | passage-b2-odihr',
      'sdg:17.18 | passage-b4-heading', 'sdg:17.18 | passage-b4-odihr',
      'sdg:5.2 | passage-b3-guidance', 'sdg:5.2 | passage-b3-heading',
      'sdg:8.7 | passage-b3-guidance', 'sdg:8.7 | passage-b3-heading',
      'sdg:8.8 | passage-b1-handbooks', 'sdg:8.8 | passage-b1-heading',
    ]);
  });

  it('which units belong to which department', () => {
    const rows = selectRows(store, `
      SELECT DISTINCT ?unit ?department WHERE {
        ?unit org:subOrganizationOf ?department ; rdfs:label ?label .
        ?department org:subOrganizationOf id:osce .
        FILTER(STRENDS(STR(?label), "Unit"))
      }`);
    expect(rows).toEqual(['ecu | oceea', 'tntd-atu | tntd', 'tntd-bsmu | tntd', 'tntd-spmu | tntd']);
  });

  it('which decisions concern gender equality', () => {
    const rows = selectRows(store, `
      SELECT DISTINCT ?identifier WHERE {
        ?decision a okg:Decision ; dcterms:identifier ?identifier ;
          okg:addresses/skos:broader* id:theme-gender-equality .
      }`);
    expect(rows).toEqual(['MC.DEC/10/11', 'MC.DEC/14/04', 'MC.DEC/15/05', 'MC.DEC/7/09', 'MC.DEC/7/14']);
  });

  it('what the OSCE planned for 2017, and with whom', () => {
    const rows = selectRows(store, `
      SELECT DISTINCT ?work ?who WHERE {
        ?work okg:status okg:Planned .
        OPTIONAL { ?work dcterms:date ?date }
        FILTER(!BOUND(?date) || STRSTARTS(STR(?date), "2017"))
        OPTIONAL { ?work okg:organizedBy|okg:participant ?who }
      }`);
    // group the organizers and participants of each planned piece of work
    const byWork = new Map<string, string[]>();
    for (const row of rows) {
      const [work, who] = row.split(' | ');
      byWork.set(work, [...(byWork.get(work) ?? []), ...(who ? [who] : [])]);
    }
    expect(Object.fromEntries([...byWork].map(([w, list]) => [w, list.sort().join(',')]))).toEqual({
      'alliance-conference-17': 'osr-cthb',
      'austrian-chairmanship-2017-migration-dialogue': 'austrian-chairmanship-2017,international-organizations,iom,unhcr',
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
    const rows = selectRows(store, `
      SELECT ?event ?date WHERE {
        ?event a okg:Event ; dcterms:date ?date .
        FILTER(STRSTARTS(STR(?date), "2016-12"))
      }`);
    expect(rows).toEqual(['gcm-panel-2016 | 2016-12-14']);
  });

  it('which partners the OSCE will co-ordinate with on the Global Compact', () => {
    const rows = selectRows(store, `
      SELECT DISTINCT ?partner WHERE {
        ?work okg:supports id:global-compact-migration ; okg:organizedBy id:osce ; okg:status okg:Planned ;
          okg:participant ?partner .
        ?partner a okg:Partner .
      }`);
    expect(rows).toEqual(['gfmd', 'ilo', 'iom', 'undesa']);
  });
});
