<#-- The text part of an edition's email: plain text, not escaped; the build wraps long lines. -->
${site.title} · ${edition.dateDisplay}

${edition.title?upper_case}

View this briefing in your browser: ${email.browserUrl}
<#if email.noteText?has_content>

${email.noteText}
</#if>
<#if (edition.stories?size > 1)>

IN BRIEF
<#list edition.stories as a>
- ${a.title}
</#list>
</#if>
<#list edition.stories as a>
<#assign t = email.stories[a?index]>

------------------------------------------------------------------------

${a?counter}. ${a.title}
<#if a.standfirst?has_content>
${a.standfirst}
</#if>
<#if a.summary?has_content>

${a.summary}
</#if>
<#if t.whyItMatters?has_content>

Why it matters: ${t.whyItMatters}
</#if>
<#if t.keyPoints?has_content>

Key points:
<#list t.keyPoints as k>
- ${k}
</#list>
</#if>
<#if a.sources?has_content>

Sources:
<#list a.sources as s>
- ${s.name}<#if s.url?has_content>: ${s.url}</#if>
</#list>
</#if>

Read the story: ${a.url}
</#list>

------------------------------------------------------------------------

<#if site.description?has_content>${site.description} </#if>Every story names its sources.
Earlier briefings: ${email.archiveUrl}
<#if email.unsubscribeUrl?has_content>Unsubscribe: ${email.unsubscribeUrl}
</#if>
<#if site.copyright?has_content>${site.copyright}
</#if>
