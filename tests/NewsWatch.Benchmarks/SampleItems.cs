namespace NewsWatch.Benchmarks;

/// <summary>Realistic feed items (title and a one-to-three sentence summary) in the seven languages, alerts and look-alikes mixed.</summary>
internal static class SampleItems
{
    public static IReadOnlyList<(string Title, string Summary, string Language)> All { get; } =
    [
        ("Alignment lead at a frontier lab resigns, citing rushed launches", "The researcher, who co-led the team studying oversight of superhuman systems, said safety culture had taken a back seat to shipping products. Two colleagues left the same week.", "en"),
        ("Airline's head of flight safety steps down after engine failure", "The executive leaves as the aviation regulator opens an inquiry into maintenance at the carrier's main hub.", "en"),
        ("Start-up building AI agents raises $120 million", "The funding round values the company at $900 million and will pay for more GPUs and hires in sales.", "en"),
        ("Government sets up an AI Safety Institute to test advanced models", "The institute will evaluate frontier systems before release and share results with partner institutes abroad.", "en"),
        ("Le responsable de la sécurité de l'IA d'un grand laboratoire démissionne", "Il dénonce une course aux produits au détriment de la sûreté des modèles et rejoint une organisation à but non lucratif.", "fr"),
        ("L'entraîneur quitte le club à la fin de la saison", "Le technicien avait mené l'équipe au titre il y a deux ans. La direction cherche déjà un successeur.", "fr"),
        ("Konzern löst sein Team für KI-Ethik auf", "Die Mitarbeiter wechseln in Produktabteilungen. Kritiker sehen darin ein Signal, dass Sicherheitsprüfungen an Bedeutung verlieren.", "de"),
        ("Lebensmittelhersteller ruft Käse wegen Listerien zurück", "Betroffen sind mehrere Chargen, die bundesweit verkauft wurden.", "de"),
        ("Meta disuelve su equipo de IA responsable", "Los investigadores pasarán a la división de IA generativa, según un portavoz de la compañía.", "es"),
        ("La alineación probable del equipo para el derbi", "El entrenador recupera a dos titulares tras la lesión de la semana pasada.", "es"),
        ("Anthropic assume un ex ricercatore di allineamento di Google", "Guiderà un nuovo gruppo dedicato alla supervisione dei modelli più potenti.", "it"),
        ("Sicurezza sul lavoro, tre morti in un cantiere", "I sindacati chiedono più controlli dopo l'ennesimo incidente.", "it"),
        ("Microsoft corta orçamento de pesquisa em segurança da IA", "O investimento nas equipas que estudam os riscos dos modelos será reduzido em 25%, segundo documentos internos.", "pt"),
        ("Treinador deixa o clube no fim da época", "A direção já procura um substituto para a próxima temporada.", "pt"),
        ("Onderzoeker AI-veiligheid vertrekt bij groot techbedrijf", "Hij verwijt de leiding dat veiligheid ondergeschikt is geraakt aan nieuwe producten.", "nl"),
        ("Europese AI-verordening treedt in werking", "De eerste regels verbieden toepassingen van AI met een onaanvaardbaar risico.", "nl"),
    ];
}
