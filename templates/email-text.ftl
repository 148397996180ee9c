<#-- The text part of an edition's email: plain text, not escaped; the build wraps long lines. -->
${site.title} · ${edition.dateDisplay}

${edition.title?upper_case}

${t.label(t.view_in_browser)} ${email.browserUrl}
<#if email.noteText?has_content>

${email.noteText}
</#if>
<#if (edition.stories?size > 1)>

${t.in_brief?upper_case}
<#list edition.stories as a>
- ${a.title}
</#list>
</#if>
<#list edition.stories as a>
<#assign plain = email.stories[a?index]>

------------------------------------------------------------------------

${a?counter}. ${a.title}
<#if a.standfirst?has_content>
${a.standfirst}
</#if>
<#if a.summary?has_content>

${a.summary}
</#if>
<#if plain.whyItMatters?has_content>

${t.label(t.why_it_matters)} ${plain.whyItMatters}
</#if>
<#if plain.keyPoints?has_content>

${t.label(t.key_points)}
<#-- a point's further lines (a photo's credit, a second paragraph) stand under its text -->
<#list plain.keyPoints as k>
- ${k?replace("\n", "\n  ")}
</#list>
</#if>
<#if a.sources?has_content>

${t.label(t.sources)}
<#list a.sources as s>
- ${s.name}<#if s.url?has_content>: ${s.url}</#if>
</#list>
</#if>

${t.label(t.read_story)} ${a.url}
</#list>

------------------------------------------------------------------------

<#if site.description?has_content>${site.description} </#if>${t.email_footer}
${t.label(t.earlier_briefings)} ${email.archiveUrl}
<#if email.unsubscribeUrl?has_content>${t.label(t.unsubscribe)} ${email.unsubscribeUrl}
</#if>
<#if site.copyright?has_content>${site.copyright}
</#if>
