using System.Collections.Frozen;
using System.Xml;
using System.Xml.Schema;

namespace Gateway.Messages.Validation;

/// <summary>
/// A schema pack's compiled set reduced to what the iStandaarden 3.2 schemas use: elements in sequences with
/// min/maxOccurs, and atomic simple types whose values the framework's own datatypes check (facets, patterns and
/// whitespace exactly as the validating reader applies them). <see cref="CompiledSchemaCheck"/> runs it over a plain
/// reader; it may only say "valid": anything else is decided again by the framework's validating reader.
/// </summary>
/// <remarks>
/// Fails closed: one construct outside the subset (a choice, an attribute, a default, nillable, a list type, a
/// substitution group, …) and <see cref="TryCompile"/> gives null, so the whole pack keeps the framework path.
/// </remarks>
internal sealed class CompiledSchema
{
    /// <summary>The built-in types whose values need no namespace context and carry no document-wide state (IDs).</summary>
    private static readonly HashSet<XmlTypeCode> SupportedValueTypes =
    [
        XmlTypeCode.String, XmlTypeCode.NormalizedString, XmlTypeCode.Token,
        XmlTypeCode.Integer, XmlTypeCode.Decimal, XmlTypeCode.NonNegativeInteger, XmlTypeCode.PositiveInteger,
        XmlTypeCode.NonPositiveInteger, XmlTypeCode.NegativeInteger, XmlTypeCode.Long, XmlTypeCode.Int,
        XmlTypeCode.Short, XmlTypeCode.Byte, XmlTypeCode.UnsignedLong, XmlTypeCode.UnsignedInt,
        XmlTypeCode.UnsignedShort, XmlTypeCode.UnsignedByte,
        XmlTypeCode.Date, XmlTypeCode.Time, XmlTypeCode.DateTime, XmlTypeCode.GYear, XmlTypeCode.GYearMonth,
        XmlTypeCode.Boolean,
    ];

    private readonly Dictionary<(string Namespace, string LocalName), ElementRule> _roots;

    private CompiledSchema(Dictionary<(string Namespace, string LocalName), ElementRule> roots) => _roots = roots;

    /// <summary>The rule of a global element, or null when the set declares none of that name.</summary>
    public ElementRule? Root(string localName, string ns) => _roots.GetValueOrDefault((ns, localName));

    /// <summary>The compiled form of <paramref name="set"/>, or null (with the reason) when it uses anything outside the subset.</summary>
    public static CompiledSchema? TryCompile(XmlSchemaSet set, out string? unsupported)
    {
        if (!set.IsCompiled)
        {
            set.Compile();
        }

        var compiler = new Compiler();
        var roots = new Dictionary<(string, string), ElementRule>();
        try
        {
            foreach (XmlSchemaElement element in set.GlobalElements.Values)
            {
                if (!element.SubstitutionGroup.IsEmpty)
                {
                    throw new UnsupportedConstructException($"element {element.QualifiedName} is in a substitution group");
                }
            }

            foreach (XmlSchemaElement element in set.GlobalElements.Values)
            {
                roots[(element.QualifiedName.Namespace, element.QualifiedName.Name)] = compiler.Element(element);
            }
        }
        catch (UnsupportedConstructException ex)
        {
            unsupported = ex.Message;
            return null;
        }

        unsupported = null;
        return new CompiledSchema(roots);
    }

    /// <summary>What an element's content must be: a sequence of child elements, or a value of an atomic type.</summary>
    internal sealed class ElementRule
    {
        /// <summary>The children in order, for element-only content; null for a simple type.</summary>
        public Particle[]? Children { get; set; }

        /// <summary>The value's type, for a simple type; null for element-only content.</summary>
        public XmlSchemaDatatype? Datatype { get; set; }

        /// <summary>
        /// The enumeration's literals that <see cref="Datatype"/> itself accepts (all its facets, checked once here):
        /// a value equal to one of them is valid without asking the datatype again. Null without an enumeration.
        /// </summary>
        public FrozenSet<string>? Accepted { get; set; }
    }

    /// <summary>One element of a sequence. Names are unique within their sequence, so a child matches one particle at most.</summary>
    internal sealed class Particle(string localName, string ns, int min, int max, ElementRule rule)
    {
        public string LocalName { get; } = localName;

        public string Namespace { get; } = ns;

        public int Min { get; } = min;

        public int Max { get; } = max;

        public ElementRule Rule { get; } = rule;
    }

    private sealed class UnsupportedConstructException(string message) : Exception(message);

    private sealed class Compiler
    {
        private readonly Dictionary<XmlSchemaType, ElementRule> _byType = new(ReferenceEqualityComparer.Instance);

        public ElementRule Element(XmlSchemaElement element)
        {
            var name = element.QualifiedName;
            if (element.IsAbstract || element.IsNillable || element.DefaultValue is not null || element.FixedValue is not null)
            {
                throw new UnsupportedConstructException($"element {name} is abstract, nillable, or has a default or fixed value");
            }

            if (element.Constraints.Count > 0)
            {
                throw new UnsupportedConstructException($"element {name} has an identity constraint");
            }

            return element.ElementSchemaType switch
            {
                XmlSchemaComplexType complex => Complex(complex, name),
                XmlSchemaSimpleType simple => Simple(simple, name),
                _ => throw new UnsupportedConstructException($"element {name} has no type the subset knows"),
            };
        }

        private ElementRule Complex(XmlSchemaComplexType type, XmlQualifiedName element)
        {
            if (_byType.TryGetValue(type, out var known))
            {
                return known;
            }

            if (type.IsAbstract || type.IsMixed || type.AttributeUses.Count > 0 || type.AttributeWildcard is not null)
            {
                throw new UnsupportedConstructException($"the type of element {element} is abstract, mixed or has attributes");
            }

            // Registered before its children, so a type that contains itself refers to the same rule.
            var rule = new ElementRule();
            _byType[type] = rule;
            rule.Children = type.ContentType switch
            {
                XmlSchemaContentType.Empty => [],
                XmlSchemaContentType.ElementOnly => Sequence(type.ContentTypeParticle, element),
                _ => throw new UnsupportedConstructException($"element {element} has simple or mixed content"),
            };
            return rule;
        }

        private Particle[] Sequence(XmlSchemaParticle particle, XmlQualifiedName element)
        {
            if (particle is not XmlSchemaSequence { MinOccurs: 1, MaxOccurs: 1 } sequence)
            {
                throw new UnsupportedConstructException($"the content of element {element} is not one plain sequence");
            }

            var children = new Particle[sequence.Items.Count];
            var names = new HashSet<XmlQualifiedName>();
            for (var i = 0; i < children.Length; i++)
            {
                if (sequence.Items[i] is not XmlSchemaElement child)
                {
                    throw new UnsupportedConstructException($"the sequence of element {element} holds a group, choice or wildcard");
                }

                if (!names.Add(child.QualifiedName))
                {
                    throw new UnsupportedConstructException($"the sequence of element {element} names {child.QualifiedName} twice");
                }

                if (child.MinOccurs < 0 || child.MinOccurs > child.MaxOccurs || child.MaxOccurs < 1 || child.MinOccurs > int.MaxValue)
                {
                    throw new UnsupportedConstructException($"element {child.QualifiedName} has occurrences the subset does not know");
                }

                var max = child.MaxOccurs >= int.MaxValue ? int.MaxValue : (int)child.MaxOccurs;
                children[i] = new Particle(child.QualifiedName.Name, child.QualifiedName.Namespace, (int)child.MinOccurs, max, Element(child));
            }

            return children;
        }

        private ElementRule Simple(XmlSchemaSimpleType type, XmlQualifiedName element)
        {
            if (_byType.TryGetValue(type, out var known))
            {
                return known;
            }

            var datatype = type.Datatype;
            if (datatype is null || datatype.Variety != XmlSchemaDatatypeVariety.Atomic || !SupportedValueTypes.Contains(datatype.TypeCode))
            {
                throw new UnsupportedConstructException($"element {element} has a list, union or {datatype?.TypeCode} value");
            }

            var rule = new ElementRule { Datatype = datatype, Accepted = AcceptedLiterals(type, datatype) };
            _byType[type] = rule;
            return rule;
        }

        /// <summary>The type's enumeration literals that its datatype accepts; a value's check is a pure function of its text.</summary>
        private static FrozenSet<string>? AcceptedLiterals(XmlSchemaSimpleType type, XmlSchemaDatatype datatype)
        {
            if (type.Content is not XmlSchemaSimpleTypeRestriction restriction)
            {
                return null;
            }

            var literals = restriction.Facets.OfType<XmlSchemaEnumerationFacet>().Select(f => f.Value).OfType<string>().ToList();
            return literals.Count == 0 ? null : literals.Where(l => Accepts(datatype, l)).ToFrozenSet(StringComparer.Ordinal);
        }

        private static bool Accepts(XmlSchemaDatatype datatype, string value)
        {
            try
            {
                datatype.ParseValue(value, null, null);
                return true;
            }
            catch (XmlSchemaException)
            {
                return false;
            }
        }
    }
}
