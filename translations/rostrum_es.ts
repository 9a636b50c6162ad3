<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>the demo meeting cannot be created: %1</source>
        <translation>no se puede crear la reunión de demostración: %1</translation>
    </message>
    <message>
        <source>demo inscription refused: %1</source>
        <translation>inscripción de demostración rechazada: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>La consola de la Presidencia para las listas de oradores y el tiempo de uso de la palabra.</translation>
    </message>
    <message>
        <source>The meeting file to open. Without it, the last meeting reopens.</source>
        <translation>El archivo de la reunión que se abrirá. Si se omite, se vuelve a abrir la última reunión.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo meeting (the seed UNSC Arria-formula meeting), held today and starting within minutes.</source>
        <translation>Abre una copia nueva de la reunión de ejemplo (la reunión del Consejo de Seguridad con arreglo a la fórmula Arria), celebrada hoy y que comienza en pocos minutos.</translation>
    </message>
    <message>
        <source>With --demo: hold the meeting at its own hours on the clock&apos;s day and play it forward to the clock&apos;s time, so it opens mid-meeting.</source>
        <translation>Con --demo: celebra la reunión en su horario propio el día del reloj y la hace avanzar hasta la hora del reloj, de modo que se abre con la reunión en curso.</translation>
    </message>
    <message>
        <source>Also open the timekeeper&apos;s display, on SCREEN (a name such as HDMI-1, or an index from 0); alone, on the second screen when there is one.</source>
        <translation>Abre también la pantalla del cronometrador, en SCREEN (un nombre como HDMI-1, o un índice a partir de 0); sin valor, en la segunda pantalla si la hay.</translation>
    </message>
    <message>
        <source>Freeze the clock at this instant (ISO 8601, e.g. 2023-05-25T16:12:00-04:00), for screenshots.</source>
        <translation>Congela el reloj en este instante (ISO 8601, p. ej., 2023-05-25T16:12:00-04:00), para capturas de pantalla.</translation>
    </message>
    <message>
        <source>Save the window to OUT.png once it is laid out, then quit; with --display, the display too, to OUT-display.png.</source>
        <translation>Guarda la ventana en OUT.png una vez dispuesta y sale; con --display, también la pantalla, en OUT-display.png.</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1366x768.</source>
        <translation>El tamaño de la ventana, p. ej., 1366x768.</translation>
    </message>
    <message>
        <source>Say whether every text of the console is drawn whole once it is laid out, then quit (1 if any is clipped).</source>
        <translation>Indica si todos los textos de la consola se muestran completos una vez dispuesta y sale (1 si alguno está recortado).</translation>
    </message>
    <message>
        <source>--fake-clock needs an ISO 8601 instant, such as 2023-05-25T16:12:00-04:00</source>
        <translation>--fake-clock requiere un instante ISO 8601, como 2023-05-25T16:12:00-04:00</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1366x768</source>
        <translation>--size requiere ANCHOxALTO, como 1366x768</translation>
    </message>
    <message>
        <source>The last meeting, %1, is no longer there.</source>
        <translation>La última reunión, %1, ya no se encuentra.</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the one View &gt; Language chose or the system&apos;s.</source>
        <translation>Usar este idioma (%1) en lugar del elegido en Ver &gt; Idioma o del idioma del sistema.</translation>
    </message>
</context>
<context>
    <name>rostrum::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;The chair&apos;s console for speakers lists and speaking time.&lt;/p&gt;&lt;p&gt;Released under the %2.&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;La consola de la Presidencia para las listas de oradores y el tiempo de uso de la palabra.&lt;/p&gt;&lt;p&gt;Publicado con arreglo a la %2.&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>Acerca de Rostrum</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupActions</name>
    <message>
        <source>%1 backup %2.rostrum</source>
        <translation>%1 copia de seguridad %2.rostrum</translation>
    </message>
    <message>
        <source>Back up a copy of the meeting</source>
        <translation>Hacer una copia de seguridad de la reunión</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>Reuniones de Rostrum (*.rostrum)</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Sin copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupFolder</name>
    <message>
        <source>the backup folder %1 cannot be made</source>
        <translation>no se puede crear la carpeta de copias de seguridad %1</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be made private to its owner</source>
        <translation>no se puede hacer privada para su propietario la carpeta de copias de seguridad %1</translation>
    </message>
    <message>
        <source>it is a backup of “%1”, written %2</source>
        <translation>es una copia de seguridad de “%1”, escrita el %2</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupSchedule</name>
    <message>
        <source>The automatic backup was not written: %1. The meeting carries on; the next backup is tried in a few minutes.</source>
        <translation>No se escribió la copia de seguridad automática: %1. La reunión continúa; se intentará la próxima copia de seguridad en unos minutos.</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupsDialog</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Abrir una copia de seguridad</translation>
    </message>
    <message>
        <source>Rostrum writes a backup of the meeting being run every 5 minutes, into %1. A backup opens read only; Save a copy as… carries on from it.</source>
        <translation>Rostrum escribe una copia de seguridad de la reunión en curso cada 5 minutos, en %1. Una copia de seguridad se abre en modo de solo lectura; Guardar una copia como… permite continuar a partir de ella.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>No backups yet: Rostrum writes one every 5 minutes while a meeting is being run.</source>
        <translation>Aún no hay copias de seguridad: Rostrum escribe una cada 5 minutos mientras se celebra una reunión.</translation>
    </message>
    <message>
        <source>Backups of the meeting, newest first</source>
        <translation>Copias de seguridad de la reunión, de la más reciente a la más antigua</translation>
    </message>
</context>
<context>
    <name>rostrum::BriefersEdit</name>
    <message>
        <source>Briefer&apos;s name</source>
        <translation>Nombre del ponente</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Cargo (opcional)</translation>
    </message>
    <message>
        <source>Organization (optional)</source>
        <translation>Organización (opcional)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Delete removes the chosen briefer</source>
        <translation>Delete quita el ponente elegido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Briefer&apos;s title, optional</source>
        <translation>Cargo del ponente, opcional</translation>
    </message>
    <message>
        <source>Briefer&apos;s organization, optional</source>
        <translation>Organización del ponente, opcional</translation>
    </message>
    <message>
        <source>Briefers to inscribe</source>
        <translation>Ponentes que se inscribirán</translation>
    </message>
</context>
<context>
    <name>rostrum::Categories</name>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Briefer</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>Miembro del Consejo</translation>
    </message>
    <message>
        <source>Co-sponsor</source>
        <translation>Copatrocinador</translation>
    </message>
    <message>
        <source>Group statement</source>
        <translation>Declaración de grupo</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Briefers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Miembros del Consejo</translation>
    </message>
    <message>
        <source>Co-sponsors and groups</source>
        <translation>Copatrocinadores y grupos</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>Estados Miembros</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observadores</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Interviniendo</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Intervino</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Head of State or Government</source>
        <translation>Jefe de Estado o de Gobierno</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Ministro</translation>
    </message>
    <message>
        <source>Permanent Representative</source>
        <translation>Representante Permanente</translation>
    </message>
    <message>
        <source>Deputy Permanent Representative</source>
        <translation>Representante Permanente Adjunto</translation>
    </message>
    <message>
        <source>Chargé d&apos;affaires</source>
        <translation>Encargado de Negocios</translation>
    </message>
    <message>
        <source>Move to the end of their tier</source>
        <translation>Pasar al final de su grupo</translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation>Pasar al final de la lista</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Sacar de la lista</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairActions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Create a new meeting file</source>
        <translation>Crear un nuevo archivo de reunión</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open a meeting file</source>
        <translation>Abrir un archivo de reunión</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una co&amp;pia como…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Write the meeting to a new file and carry on there</source>
        <translation>Escribir la reunión en un archivo nuevo y continuar en él</translation>
    </message>
    <message>
        <source>&amp;Back up a copy…</source>
        <translation>Hacer una copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Write one consistent copy of the meeting file, journal and undo included, and carry on here</source>
        <translation>Escribir una copia coherente del archivo de la reunión, con el registro de operaciones y el historial para deshacer, y continuar aquí</translation>
    </message>
    <message>
        <source>Open &amp;a backup…</source>
        <translation>Abrir una copia de seguri&amp;dad…</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Abrir una copia de seguridad</translation>
    </message>
    <message>
        <source>Look at one of the backups Rostrum writes every 5 minutes, read only</source>
        <translation>Consultar, en modo de solo lectura, una de las copias de seguridad que Rostrum escribe cada 5 minutos</translation>
    </message>
    <message>
        <source>&amp;Import inscriptions…</source>
        <translation>&amp;Importar inscripciones…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Inscribe the rows of a CSV file, after a preview of what each row becomes</source>
        <translation>Inscribir las filas de un archivo CSV, tras una vista previa de lo que será cada fila</translation>
    </message>
    <message>
        <source>&amp;Export list of speakers…</source>
        <translation>&amp;Exportar lista de oradores…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write the list of speakers as PDF, CSV or HTML (Ctrl+P)</source>
        <translation>Escribir la lista de oradores en PDF, CSV o HTML (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Report of the meeting…</source>
        <translation>In&amp;forme de la reunión…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Who spoke, for how long, the totals by tier and the timeline</source>
        <translation>Quién intervino, durante cuánto tiempo, los totales por grupo y la cronología</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close the console; every act is already saved</source>
        <translation>Cerrar la consola; todas las acciones ya están guardadas</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>&amp;Iniciar reloj</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>Iniciar
Space</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s clock; calls the first speaker when no one is at the rostrum (Space)</source>
        <translation>Iniciar o pausar el reloj del orador; da la palabra al primer orador si no hay nadie en la tribuna (Space)</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>&amp;Siguiente orador</translation>
    </message>
    <message>
        <source>Next
N</source>
        <translation>Siguiente
N</translation>
    </message>
    <message>
        <source>Close this speech and call the next speaker (N)</source>
        <translation>Cerrar esta intervención y dar la palabra al siguiente orador (N)</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Ausente</translation>
    </message>
    <message>
        <source>Absent
A</source>
        <translation>Ausente
A</translation>
    </message>
    <message>
        <source>The called speaker is absent: move them per the meeting&apos;s rule and call the following speaker (A)</source>
        <translation>El orador llamado está ausente: trasladarlo según la regla de la reunión y dar la palabra al siguiente orador (A)</translation>
    </message>
    <message>
        <source>A&amp;dd 30 seconds</source>
        <translation>Aña&amp;dir 30 segundos</translation>
    </message>
    <message>
        <source>+30 s
+</source>
        <translation>+30 s
+</translation>
    </message>
    <message>
        <source>Give the speaker 30 more seconds (+)</source>
        <translation>Dar al orador 30 segundos más (+)</translation>
    </message>
    <message>
        <source>&amp;Remove 30 seconds</source>
        <translation>&amp;Quitar 30 segundos</translation>
    </message>
    <message>
        <source>−30 s
−</source>
        <translation>−30 s
−</translation>
    </message>
    <message>
        <source>Take 30 seconds from the speaker (-)</source>
        <translation>Quitar 30 segundos al orador (-)</translation>
    </message>
    <message>
        <source>Rese&amp;t clock</source>
        <translation>&amp;Reiniciar reloj</translation>
    </message>
    <message>
        <source>Reset
Ctrl+R</source>
        <translation>Reiniciar
Ctrl+R</translation>
    </message>
    <message>
        <source>Put the speaker&apos;s clock back to the full limit (Ctrl+R)</source>
        <translation>Devolver el reloj del orador al límite completo (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation>Deshacer
Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last act (Ctrl+Z)</source>
        <translation>Deshacer la última acción (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo
Ctrl+Shift+Z</source>
        <translation>Rehacer
Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo the act just undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer la acción que se acaba de deshacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>&amp;Cerrar la lista</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>Cerrar lista
Ctrl+L</translation>
    </message>
    <message>
        <source>Close or reopen the list of speakers to new inscriptions (Ctrl+L)</source>
        <translation>Cerrar o reabrir la lista de oradores a nuevas inscripciones (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Inscribe…</source>
        <translation>&amp;Inscribir…</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Go to the inscription line (Ctrl+I)</source>
        <translation>Ir a la línea de inscripción (Ctrl+I)</translation>
    </message>
    <message>
        <source>Inscribe with &amp;details…</source>
        <translation>Inscribir con &amp;detalles…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Inscribe with every field: title, category, group, language, limit (Ctrl+Shift+I)</source>
        <translation>Inscribir con todos los campos: cargo, categoría, grupo, idioma, límite (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected inscription (F2, Enter or double-click)</source>
        <translation>Editar la inscripción seleccionada (F2, Enter o doble clic)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected speaker up one place (Ctrl+Up)</source>
        <translation>Subir un puesto al orador seleccionado (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected speaker down one place (Ctrl+Down)</source>
        <translation>Bajar un puesto al orador seleccionado (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>Mover al &amp;principio</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Principio</translation>
    </message>
    <message>
        <source>Make the selected speaker the next one (Ctrl+Home)</source>
        <translation>Hacer que el orador seleccionado sea el siguiente (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Move to the &amp;bottom</source>
        <translation>Mover al &amp;final</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Move the selected speaker to the end of the list (Ctrl+End)</source>
        <translation>Pasar al orador seleccionado al final de la lista (Ctrl+End)</translation>
    </message>
    <message>
        <source>E&amp;xchange places</source>
        <translation>I&amp;ntercambiar puestos</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>The two selected speakers exchange places, in one act (Ctrl+E)</source>
        <translation>Los dos oradores seleccionados intercambian sus puestos, en una sola acción (Ctrl+E)</translation>
    </message>
    <message>
        <source>Back to the automatic &amp;place</source>
        <translation>Volver al puesto &amp;automático</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Release a speaker placed by hand back to the place the rules give (Ctrl+U)</source>
        <translation>Devolver a un orador colocado manualmente al puesto que le corresponde según las reglas (Ctrl+U)</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>Fijar &amp;límite…</translation>
    </message>
    <message>
        <source>Limit…</source>
        <translation>Límite…</translation>
    </message>
    <message>
        <source>Set the time limit of the selected speaker, or of the current one (Ctrl+M)</source>
        <translation>Fijar el tiempo límite del orador seleccionado o del actual (Ctrl+M)</translation>
    </message>
    <message>
        <source>Set limit for &amp;all remaining…</source>
        <translation>Límite para t&amp;odos los restantes…</translation>
    </message>
    <message>
        <source>Limit for all…</source>
        <translation>Límite para todos…</translation>
    </message>
    <message>
        <source>Set one time limit for every waiting speaker (Ctrl+Shift+M)</source>
        <translation>Fijar un mismo tiempo límite para todos los oradores en espera (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>The selected speaker withdraws; kept in the record (Shift+Del)</source>
        <translation>El orador seleccionado se retira; queda constancia de ello (Shift+Del)</translation>
    </message>
    <message>
        <source>Re&amp;move inscription</source>
        <translation>Eli&amp;minar inscripción</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected inscription, made in error (Del)</source>
        <translation>Eliminar la inscripción seleccionada, hecha por error (Del)</translation>
    </message>
    <message>
        <source>Meeting &amp;settings…</source>
        <translation>&amp;Configuración de la reunión…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Title, schedule, deadline, lists, limits and rules (Ctrl+,)</source>
        <translation>Título, horario, plazo, listas, límites y reglas (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Timekeeper display</source>
        <translation>Pantalla del &amp;cronometrador</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Show or hide the timekeeper&apos;s big display (Ctrl+T); F11 in it toggles full screen</source>
        <translation>Mostrar u ocultar la pantalla grande del cronometrador (Ctrl+T); F11 en ella alterna la pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Running order</source>
        <translation>&amp;Orden de intervención</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Orden de intervención</translation>
    </message>
    <message>
        <source>Show the running order (Ctrl+1)</source>
        <translation>Mostrar el orden de intervención (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Spoken</source>
        <translation>&amp;Han intervenido</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Han intervenido</translation>
    </message>
    <message>
        <source>Show who has spoken, for how long, and the overruns (Ctrl+2)</source>
        <translation>Mostrar quién ha intervenido, durante cuánto tiempo, y los excesos (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Registro de operaciones…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Who did what and when, from this console and every other program that writes the meeting (Ctrl+J)</source>
        <translation>Quién hizo qué y cuándo, desde esta consola y cualquier otro programa que escriba en la reunión (Ctrl+J)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demostración</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Open a fresh copy of the Security Council meeting of the seed, held today and starting within minutes</source>
        <translation>Abrir una copia nueva de la reunión de ejemplo del Consejo de Seguridad, celebrada hoy y que comienza en pocos minutos</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Teclas…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Every key of the console, and its act (F1)</source>
        <translation>Todas las teclas de la consola y su acción (F1)</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>&amp;Acerca de Rostrum</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>The version and the licence</source>
        <translation>La versión y la licencia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Abrir re&amp;ciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Reloj</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Export list of speakers in a &amp;language</source>
        <translation>Exportar &amp;lista de oradores en un idioma</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <translation>Le ruego que concluya</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <translation>Su tiempo se ha agotado</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <translation>Le ruego que hable más despacio para los intérpretes</translation>
    </message>
    <message>
        <source>Point of &amp;order…</source>
        <translation>Cuestión de &amp;orden…</translation>
    </message>
    <message>
        <source>Point of order
O</source>
        <translation>Cuestión de orden
O</translation>
    </message>
    <message>
        <source>A delegation raises a point of order: the speech stops, its time is kept, and the point of order takes the floor (O)</source>
        <translation>Una delegación plantea una cuestión de orden: la intervención se detiene, su tiempo se conserva y la cuestión de orden toma la palabra (O)</translation>
    </message>
    <message>
        <source>&amp;Right of reply…</source>
        <translation>De&amp;recho a contestar…</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement (Ctrl+Shift+R)</source>
        <translation>Inscribir un derecho a contestar, que se escucha después de la última declaración (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>&amp;Mensaje al orador</translation>
    </message>
    <message>
        <source>Show “%1” on the timekeeper&apos;s display (F%2)</source>
        <translation>Mostrar “%1” en la pantalla del cronometrador (F%2)</translation>
    </message>
    <message>
        <source>Other &amp;message…</source>
        <translation>Otro &amp;mensaje…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Mensaje…</translation>
    </message>
    <message>
        <source>Type a message to show on the timekeeper&apos;s display</source>
        <translation>Escribir un mensaje para mostrarlo en la pantalla del cronometrador</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>&amp;Borrar el mensaje</translation>
    </message>
    <message>
        <source>Clear message
F8</source>
        <translation>Borrar mensaje
F8</translation>
    </message>
    <message>
        <source>Take the message off the timekeeper&apos;s display (F8)</source>
        <translation>Quitar el mensaje de la pantalla del cronometrador (F8)</translation>
    </message>
    <message>
        <source>Right of reply
Ctrl+Shift+R</source>
        <translation>Derecho a contestar
Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Share on the &amp;network…</source>
        <translation>Com&amp;partir en la red…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Serve the timer, the room&apos;s screens, the booths&apos; and the delegates&apos; pages, and the timekeeper&apos;s and staff&apos;s controls, with a link per role</source>
        <translation>Servir el cronómetro, las pantallas de la sala, las páginas de las cabinas y de los delegados, y los controles del cronometrador y de la secretaría, con un enlace por rol</translation>
    </message>
    <message>
        <source>Open from a &amp;server…</source>
        <translation>Abrir desde un ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Open from a server</source>
        <translation>Abrir desde un servidor</translation>
    </message>
    <message>
        <source>Open a meeting kept on a PostgreSQL server, shared by several consoles</source>
        <translation>Abrir una reunión guardada en un servidor PostgreSQL y compartida por varias consolas</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairWindow</name>
    <message>
        <source>List of speakers written to %1</source>
        <translation>Lista de oradores escrita en %1</translation>
    </message>
    <message>
        <source>%1 — Rostrum</source>
        <translation>%1 — Rostrum</translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>Read only — %1</source>
        <translation>Solo lectura — %1</translation>
    </message>
    <message>
        <source>⏳ Waiting to save — %1</source>
        <translation>⏳ En espera de guardar — %1</translation>
    </message>
    <message>
        <source>⚠ NOT saved — %1</source>
        <translation>⚠ NO guardado — %1</translation>
    </message>
    <message>
        <source>All changes saved — %1</source>
        <translation>Todos los cambios guardados — %1</translation>
    </message>
    <message>
        <source>Next ignored: %1 was called less than a second ago.</source>
        <translation>Siguiente ignorado: se llamó a %1 hace menos de un segundo.</translation>
    </message>
    <message>
        <source>Absent ignored: %1 was called less than a second ago.</source>
        <translation>Ausente ignorado: se llamó a %1 hace menos de un segundo.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to edit.</source>
        <translation>Seleccione un orador en el orden de intervención para editarlo.</translation>
    </message>
    <message>
        <source>Select only one speaker to edit.</source>
        <translation>Seleccione un solo orador para editarlo.</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to move.</source>
        <translation>Seleccione un orador en el orden de intervención para moverlo.</translation>
    </message>
    <message>
        <source>Select only one speaker to move.</source>
        <translation>Seleccione un solo orador para moverlo.</translation>
    </message>
    <message>
        <source>%1 is already first on the list.</source>
        <translation>%1 ya es el primero de la lista.</translation>
    </message>
    <message>
        <source>%1 is already last on the list.</source>
        <translation>%1 ya es el último de la lista.</translation>
    </message>
    <message>
        <source>Select two speakers (Ctrl+click the second) to exchange their places.</source>
        <translation>Seleccione dos oradores (Ctrl+clic en el segundo) para intercambiar sus puestos.</translation>
    </message>
    <message>
        <source>Select a speaker placed by hand to return them to their automatic place.</source>
        <translation>Seleccione un orador colocado manualmente para devolverlo a su puesto automático.</translation>
    </message>
    <message>
        <source>Select the speaker who withdraws.</source>
        <translation>Seleccione el orador que se retira.</translation>
    </message>
    <message>
        <source>Select the inscription to remove.</source>
        <translation>Seleccione la inscripción que desea eliminar.</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>“%1” no es un tiempo límite. Escriba minutos y segundos, como 3:00.</translation>
    </message>
    <message>
        <source>Select one speaker whose limit to set.</source>
        <translation>Seleccione un solo orador para fijar su límite.</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>Time limit for %1 (minutes:seconds):</source>
        <translation>Tiempo límite para %1 (minutos:segundos):</translation>
    </message>
    <message>
        <source>&amp;Pause clock</source>
        <translation>&amp;Pausar reloj</translation>
    </message>
    <message>
        <source>Pause
Space</source>
        <translation>Pausar
Space</translation>
    </message>
    <message>
        <source>Re&amp;sume clock</source>
        <translation>R&amp;eanudar reloj</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>&amp;Iniciar reloj</translation>
    </message>
    <message>
        <source>&amp;Start: call the first speaker</source>
        <translation>&amp;Iniciar: dar la palabra al primer orador</translation>
    </message>
    <message>
        <source>Resume
Space</source>
        <translation>Reanudar
Space</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>Iniciar
Space</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Nada que deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>Nada que rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Re&amp;open the list</source>
        <translation>&amp;Reabrir la lista</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>&amp;Cerrar la lista</translation>
    </message>
    <message>
        <source>Reopen list
Ctrl+L</source>
        <translation>Reabrir lista
Ctrl+L</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>Cerrar lista
Ctrl+L</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum);;All files (*)</source>
        <translation>Reuniones de Rostrum (*.rostrum);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>No se puede abrir la reunión</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>No se puede abrir %1.

%2</translation>
    </message>
    <message>
        <source>Open a meeting</source>
        <translation>Abrir una reunión</translation>
    </message>
    <message>
        <source>New meeting file</source>
        <translation>Nuevo archivo de reunión</translation>
    </message>
    <message>
        <source>meeting.rostrum</source>
        <translation>reunion.rostrum</translation>
    </message>
    <message>
        <source>New meeting: settings</source>
        <translation>Nueva reunión: configuración</translation>
    </message>
    <message>
        <source>Briefers inscribed</source>
        <translation>Ponentes inscritos</translation>
    </message>
    <message>
        <source>The briefers cannot be inscribed: %1</source>
        <translation>No se puede inscribir a los ponentes: %1</translation>
    </message>
    <message>
        <source>No recent meetings</source>
        <translation>No hay reuniones recientes</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>No se puede abrir la demostración</translation>
    </message>
    <message>
        <source>The demo meeting cannot be written: %1</source>
        <translation>No se puede escribir la reunión de demostración: %1</translation>
    </message>
    <message>
        <source>The demo meeting is missing an inscription: %1</source>
        <translation>Falta una inscripción en la reunión de demostración: %1</translation>
    </message>
    <message>
        <source>“%1” was typed into the inscription line, not taken as %2: while you type, keys write. Escape on the empty line goes back to the list.</source>
        <translation>“%1” se escribió en la línea de inscripción, no se interpretó como %2: mientras usted escribe, las teclas escriben. Escape en la línea vacía vuelve a la lista.</translation>
    </message>
    <message>
        <source>“%1” just before the typing was taken as %2; if it was the first letter of a name, press Undo.</source>
        <translation>“%1”, justo antes de escribir, se interpretó como %2; si era la primera letra de un nombre, pulse Deshacer.</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>The speech at the rostrum stops and keeps its time; the point of order takes the floor. Next gives the floor back.</source>
        <translation>La intervención en la tribuna se detiene y conserva su tiempo; la cuestión de orden toma la palabra. “Siguiente” devuelve la palabra.</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Derecho a contestar</translation>
    </message>
    <message>
        <source>Replies are heard after the last statement, in the order asked.</source>
        <translation>Las contestaciones se escuchan después de la última declaración, en el orden en que se pidieron.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Mensaje al orador</translation>
    </message>
    <message>
        <source>Shown large on the timekeeper&apos;s display until cleared or the next speaker is called:</source>
        <translation>Se muestra en grande en la pantalla del cronometrador hasta que se borre o se llame al siguiente orador:</translation>
    </message>
    <message>
        <source>Open a meeting first: there is nothing to share.</source>
        <translation>Abra primero una reunión: no hay nada que compartir.</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>Compartido en %1.</translation>
    </message>
    <message>
        <source>No longer shared on the network.</source>
        <translation>Ya no se comparte en la red.</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>Revocar los enlaces</translation>
    </message>
    <message>
        <source>Every link given out so far will stop working, and the pages open with them will close. The new links must be given again to the timekeeper, staff and screens. Revoke them?</source>
        <translation>Todos los enlaces entregados hasta ahora dejarán de funcionar y las páginas abiertas con ellos se cerrarán. Habrá que volver a entregar los nuevos enlaces al cronometrador, a la secretaría y a las pantallas. ¿Revocarlos?</translation>
    </message>
    <message>
        <source>New links made: the old ones no longer work.</source>
        <translation>Se crearon enlaces nuevos: los anteriores ya no funcionan.</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <translation>cronometrador</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>secretaría</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>%1 — %2, as %3 — Rostrum</source>
        <translation>%1 — %2, rol: %3 — Rostrum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimeMenu</name>
    <message>
        <source>&amp;Chimes</source>
        <translation>Ca&amp;mpanillas</translation>
    </message>
    <message>
        <source>At the &amp;warning and at zero, on this console</source>
        <translation>En el &amp;aviso y en cero, en esta consola</translation>
    </message>
    <message>
        <source>Chime on this console when the speaker reaches the warning and when their time is up</source>
        <translation>Hacer sonar una campanilla en esta consola cuando el orador llega al aviso y cuando se le acaba el tiempo</translation>
    </message>
    <message>
        <source>In this &amp;meeting, at every console</source>
        <translation>En esta &amp;reunión, en todas las consolas</translation>
    </message>
    <message>
        <source>Whether this meeting chimes at all, at every console that runs it; saved in the meeting file, and undone like any act</source>
        <translation>Si esta reunión hace sonar las campanillas, en todas las consolas que la llevan; se guarda en el archivo de la reunión y se deshace como cualquier acción</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>&amp;%1 %</source>
        <translation>&amp;%1 %</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimePlayer</name>
    <message>
        <source>No sound output: the chimes are off on this console.</source>
        <translation>No hay salida de sonido: las campanillas están desactivadas en esta consola.</translation>
    </message>
</context>
<context>
    <name>rostrum::ClockStepWatch</name>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back by %1; the speech clocks kept true time.</source>
        <translation>El reloj de la computadora se atrasó %1; los relojes de las intervenciones mantuvieron la hora exacta.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set forward by %1; the speech clocks kept true time.</source>
        <translation>El reloj de la computadora se adelantó %1; los relojes de las intervenciones mantuvieron la hora exacta.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 behind this meeting&apos;s record: the speech clocks count on from the record, not from the computer&apos;s clock. Set the computer&apos;s clock right.</source>
        <translation>El reloj de la computadora va %1 por detrás del registro de esta reunión: los relojes de las intervenciones siguen contando a partir del registro, no del reloj de la computadora. Ponga en hora el reloj de la computadora.</translation>
    </message>
</context>
<context>
    <name>rostrum::ConsoleHeartbeat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit</source>
        <translation>Reanudado: %1, %2 por encima del límite</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation>Reanudado: %1, quedan %2</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit; the console was closed for %3</source>
        <translation>Reanudado: %1, %2 por encima del límite; la consola estuvo cerrada durante %3</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left; the console was closed for %3</source>
        <translation>Reanudado: %1, quedan %2; la consola estuvo cerrada durante %3</translation>
    </message>
</context>
<context>
    <name>rostrum::CountdownReadout</name>
    <message>
        <source>Remaining speaking time</source>
        <translation>Tiempo de uso de la palabra restante</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <translation>EN PAUSA — %1</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>LISTO</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>TIEMPO EXCEDIDO</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>TERMINADO</translation>
    </message>
</context>
<context>
    <name>rostrum::CsvReader</name>
    <message>
        <source>There is text after the closing quote of field %1; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Hay texto después de las comillas de cierre del campo %1; unas comillas dentro de un campo entrecomillado se escriben dos veces (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Field %1 contains a quote (&quot;) but does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>El campo %1 contiene comillas (&quot;) pero no comienza con ellas; ponga todo el campo entre comillas y escriba las comillas dos veces (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field starts on this line and its closing quote is missing, so the rest of the file cannot be read.</source>
        <translation>En esta línea comienza un campo entrecomillado al que le faltan las comillas de cierre, por lo que no se puede leer el resto del archivo.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it looks like UTF-16 without a byte-order mark, or not text at all. Save it as “CSV UTF-8” or “Unicode text”.</source>
        <translation>El archivo no es texto UTF-8: parece UTF-16 sin marca de orden de bytes, o no es texto en absoluto. Guárdelo como “CSV UTF-8” o “Texto Unicode”.</translation>
    </message>
    <message>
        <source>The file is cut off in the middle of a UTF-16 character. Save it again from the spreadsheet.</source>
        <translation>El archivo está cortado en medio de un carácter UTF-16. Vuelva a guardarlo desde la hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Save it from the spreadsheet as “CSV UTF-8” or “Unicode text”.</source>
        <translation>El archivo no es texto %1 válido en este punto. Guárdelo desde la hoja de cálculo como “CSV UTF-8” o “Texto Unicode”.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of inscriptions.</source>
        <translation>%1 es una carpeta, no un archivo de inscripciones.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); save the inscriptions as a CSV file and import that.</source>
        <translation>%1 no es un archivo normal (es un dispositivo, una canalización o un socket); guarde las inscripciones como archivo CSV e impórtelo.</translation>
    </message>
    <message>
        <source>%1 is the open meeting file (or its journal), not a file of inscriptions.</source>
        <translation>%1 es el archivo de la reunión abierta (o su registro de operaciones), no un archivo de inscripciones.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an inscription file is at most %3 MB. Is it the right file?</source>
        <translation>%1 ocupa %2 MB; un archivo de inscripciones ocupa como máximo %3 MB. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>%1 grew past %2 MB while it was read; import it again once it is saved.</source>
        <translation>%1 superó los %2 MB mientras se leía; vuelva a importarlo una vez guardado.</translation>
    </message>
</context>
<context>
    <name>rostrum::DelegationListEdit</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Type a delegation, e.g. Ghana, and press Enter</source>
        <translation>Escriba una delegación, p. ej., Ghana, y pulse Enter</translation>
    </message>
    <message>
        <source>Delete removes the chosen delegation</source>
        <translation>Delete quita la delegación elegida</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations. Press Enter again to add it as typed.</source>
        <translation>“%1” no figura en el directorio de delegaciones. Pulse Enter de nuevo para añadirla tal como está escrita.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations (did you mean %2?). Press Enter again to add it as typed.</source>
        <translation>“%1” no figura en el directorio de delegaciones (¿quiso decir %2?). Pulse Enter de nuevo para añadirla tal como está escrita.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ya figura en la lista.</translation>
    </message>
    <message>
        <source>%1: type a delegation to add</source>
        <translation>%1: escriba una delegación para añadirla</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryDialog</name>
    <message>
        <source>Automatic (from the meeting&apos;s lists)</source>
        <translation>Automática (según las listas de la reunión)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many delegations the statement is made for; two or more give the priority of a group statement.</source>
        <translation>Número de delegaciones en cuyo nombre se formula la declaración; dos o más dan la prioridad de una declaración de grupo.</translation>
    </message>
    <message>
        <source>Empty for a national statement</source>
        <translation>Vacío para una declaración nacional</translation>
    </message>
    <message>
        <source>M:SS, empty for the category&apos;s limit</source>
        <translation>M:SS, vacío para el límite de la categoría</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegación:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orador:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>En nom&amp;bre de:</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>Tamaño del &amp;grupo:</translation>
    </message>
    <message>
        <source>Time li&amp;mit:</source>
        <translation>Tiempo lí&amp;mite:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New inscription</source>
        <translation>Nueva inscripción</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>“%1” no es un tiempo límite. Escriba minutos y segundos, como 3:00.</translation>
    </message>
    <message>
        <source>This inscription is no longer on the list; it was removed meanwhile.</source>
        <translation>Esta inscripción ya no figura en la lista; se eliminó entretanto.</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryKind</name>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Derecho a contestar</translation>
    </message>
</context>
<context>
    <name>rostrum::ExportActions</name>
    <message>
        <source>The report is written as PDF or CSV.</source>
        <translation>El informe se escribe en PDF o CSV.</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF para imprimir (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Página web (*.html *.htm)</translation>
    </message>
    <message>
        <source>List of speakers %1.pdf</source>
        <translation>Lista de oradores %1.pdf</translation>
    </message>
    <message>
        <source>Export the list of speakers</source>
        <translation>Exportar la lista de oradores</translation>
    </message>
    <message>
        <source>The list of speakers was not exported. %1</source>
        <translation>No se exportó la lista de oradores. %1</translation>
    </message>
</context>
<context>
    <name>rostrum::FloorRequestDialog</name>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegación:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orador:</translation>
    </message>
</context>
<context>
    <name>rostrum::ImportDialog</name>
    <message>
        <source>&amp;Skip refused rows and import the others</source>
        <translation>&amp;Omitir las filas rechazadas e importar las demás</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import inscriptions from %1</source>
        <translation>Importar inscripciones de %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import inscriptions</source>
        <translation>Importar inscripciones</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Texto de hoja de cálculo (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>fuera de plazo</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late.</source>
        <translation>
            <numerusform>Se importará %n fila, %1 de ellas fuera de plazo.</numerusform>
            <numerusform>Se importarán %n filas, %1 de ellas fuera de plazo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late; %2 refused row(s) will be skipped.</source>
        <translation>
            <numerusform>Se importará %n fila, %1 de ellas fuera de plazo; se omitirán las filas rechazadas (%2).</numerusform>
            <numerusform>Se importarán %n filas, %1 de ellas fuera de plazo; se omitirán las filas rechazadas (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</source>
        <translation>
            <numerusform>%n fila rechazada. No se importa nada mientras haya una fila rechazada: corrija el archivo u omita las filas rechazadas para importar las otras %1.</numerusform>
            <numerusform>%n filas rechazadas. No se importa nada mientras haya una fila rechazada: corrija el archivo u omita las filas rechazadas para importar las otras %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file, each with what becomes of it</source>
        <translation>Filas del archivo, cada una con lo que será de ella</translation>
    </message>
</context>
<context>
    <name>rostrum::InlineMessage</name>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionColumns</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The header has no “delegation” column; it is required.</source>
        <translation>El encabezado no tiene la columna “delegation”, que es obligatoria.</translation>
    </message>
    <message>
        <source>The header names columns that Rostrum does not import: %1. Rename or delete them; the columns are %2.</source>
        <translation>El encabezado nombra columnas que Rostrum no importa: %1. Cámbieles el nombre o elimínelas; las columnas son %2.</translation>
    </message>
    <message>
        <source>The header names a column twice: %1. Keep one.</source>
        <translation>El encabezado nombra dos veces una columna: %1. Conserve una.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header but holds %2 here. Name the column or empty it.</source>
        <translation>La columna %1 no tiene nombre en el encabezado pero contiene %2 aquí. Dé nombre a la columna o vacíela.</translation>
    </message>
    <message>
        <source>%1 is not a category. Use %2.</source>
        <translation>%1 no es una categoría. Use %2.</translation>
    </message>
    <message>
        <source>%1 is not a level. Use %2.</source>
        <translation>%1 no es un nivel. Use %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the six UN languages. Use %2.</source>
        <translation>%1 no es uno de los seis idiomas de las Naciones Unidas. Use %2.</translation>
    </message>
    <message>
        <source>%1 is not a date and time. Write YYYY-MM-DD HH:MM in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00).</source>
        <translation>%1 no es una fecha y hora. Escriba AAAA-MM-DD HH:MM en la zona horaria de la reunión, o ISO 8601 con una diferencia horaria (2023-05-23T16:00-04:00).</translation>
    </message>
    <message>
        <source>%1 is not a time limit. Write minutes and seconds, like 3:00 or 2:30.</source>
        <translation>%1 no es un tiempo límite. Escriba minutos y segundos, como 3:00 o 2:30.</translation>
    </message>
    <message>
        <source>%1 is not a group size. Write how many delegations the group has, as a whole number.</source>
        <translation>%1 no es un tamaño de grupo. Escriba cuántas delegaciones tiene el grupo, como número entero.</translation>
    </message>
    <message>
        <source>A group size of %1 is given, but on_behalf_of is empty. Name the group the statement is made for.</source>
        <translation>Se indica un tamaño de grupo de %1, pero on_behalf_of está vacío. Indique el grupo en cuyo nombre se formula la declaración.</translation>
    </message>
    <message>
        <source>The statement on behalf of %1 needs a group_size: how many delegations the group has.</source>
        <translation>La declaración en nombre de %1 requiere un group_size: cuántas delegaciones tiene el grupo.</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file (also line %2).</source>
        <translation>%1 está inscrito dos veces en este archivo (también en la línea %2).</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file in its national capacity (also line %2).</source>
        <translation>%1 está inscrito dos veces en este archivo a título nacional (también en la línea %2).</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file on behalf of %2 (also line %3).</source>
        <translation>%1 está inscrito dos veces en este archivo en nombre de %2 (también en la línea %3).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row (delegation, speaker, …) and one row per inscription.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado (delegation, speaker, …) y una fila por inscripción.</translation>
    </message>
    <message>
        <source>The file has a header but no inscriptions.</source>
        <translation>El archivo tiene encabezado pero ninguna inscripción.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2 columns. A value that holds the delimiter must be in quotes.</source>
        <translation>Esta fila tiene %1 campos pero el encabezado tiene %2 columnas. Un valor que contenga el delimitador debe ir entre comillas.</translation>
    </message>
    <message numerus="yes">
        <source>%n inscription(s) imported from %1</source>
        <translation>
            <numerusform>%n inscripción importada de %1</numerusform>
            <numerusform>%n inscripciones importadas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported; nothing was written.</source>
        <translation>No se puede importar ninguna fila; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n fila rechazada; no se importó nada.</numerusform>
            <numerusform>%n filas rechazadas; no se importó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionLine</name>
    <message>
        <source>Inscribe</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>&amp;Inscribe:</source>
        <translation>&amp;Inscribir:</translation>
    </message>
    <message>
        <source>Delegation, e.g. Latvia (Enter inscribes)</source>
        <translation>Delegación, p. ej., Letonia (Enter inscribe)</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <translation>Orador (opcional)</translation>
    </message>
    <message>
        <source>Category: automatic</source>
        <translation>Categoría: automática</translation>
    </message>
    <message>
        <source>Leave on automatic for States; choose Briefer or Other for speakers who are not in the directory of delegations.</source>
        <translation>Deje la opción automática para los Estados; elija Ponente u Otro para los oradores que no figuran en el directorio de delegaciones.</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2, marked late.</source>
        <translation>%1 inscrito con el n.º %2, marcado como fuera de plazo.</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2.</source>
        <translation>%1 inscrito con el n.º %2.</translation>
    </message>
    <message>
        <source>Speaker&apos;s name, optional</source>
        <translation>Nombre del orador, opcional</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionRules</name>
    <message>
        <source>A delegation is required.</source>
        <translation>Se requiere una delegación.</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>Un tiempo límite debe ser superior a cero.</translation>
    </message>
    <message>
        <source>The time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>El tiempo límite %1 es superior a 24 horas (%2), el límite máximo posible.</translation>
    </message>
    <message>
        <source>“%1” is not one of the six UN languages (ar, zh, en, fr, ru, es).</source>
        <translation>“%1” no es uno de los seis idiomas de las Naciones Unidas (ar, zh, en, fr, ru, es).</translation>
    </message>
    <message>
        <source>The group size cannot be negative.</source>
        <translation>El tamaño del grupo no puede ser negativo.</translation>
    </message>
    <message>
        <source>A group statement needs the name of the group it is made on behalf of.</source>
        <translation>Una declaración de grupo necesita el nombre del grupo en cuyo nombre se formula.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations.</source>
        <translation>“%1” no figura en el directorio de delegaciones.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>For a briefer, an NGO or another non-State speaker, choose the category briefer or other.</source>
        <translation>Para un ponente, una ONG u otro orador que no sea un Estado, elija la categoría ponente u otro.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations, so its category cannot be inferred. Choose the category (briefer or other for non-State speakers).</source>
        <translation>“%1” no figura en el directorio de delegaciones, por lo que no se puede deducir su categoría. Elija la categoría (ponente u otro para oradores que no sean Estados).</translation>
    </message>
    <message>
        <source>no. %1 on the list</source>
        <translation>n.º %1 de la lista</translation>
    </message>
    <message>
        <source>%1 is already inscribed (entry #%2, %3). The same speaker cannot be inscribed twice.</source>
        <translation>%1 ya está inscrito (inscripción n.º %2, %3). El mismo orador no puede inscribirse dos veces.</translation>
    </message>
    <message>
        <source>%1 is already inscribed in its national capacity (entry #%2, %3). A delegation may speak once nationally and once on behalf of a group.</source>
        <translation>%1 ya está inscrito a título nacional (inscripción n.º %2, %3). Una delegación puede intervenir una vez a título nacional y otra en nombre de un grupo.</translation>
    </message>
    <message>
        <source>%1 is already inscribed on behalf of %2 (entry #%3, %4).</source>
        <translation>%1 ya está inscrito en nombre de %2 (inscripción n.º %3, %4).</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ deshecho</translation>
    </message>
    <message>
        <source>Undone since: it no longer applies to the list</source>
        <translation>Deshecho desde entonces: ya no se aplica a la lista</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalWindow</name>
    <message>
        <source>Journal — %1</source>
        <translation>Registro de operaciones — %1</translation>
    </message>
    <message>
        <source>Every act on this meeting, newest first, from this console and any other program that writes it. Times are the meeting&apos;s (%1).</source>
        <translation>Todas las acciones de esta reunión, de la más reciente a la más antigua, desde esta consola y cualquier otro programa que escriba en ella. Las horas son las de la reunión (%1).</translation>
    </message>
    <message>
        <source>Acts kept in memory, not in the journal until they are saved: %1.</source>
        <translation>Acciones guardadas en memoria, que no figurarán en el registro de operaciones hasta que se guarden: %1.</translation>
    </message>
    <message>
        <source>Journal: every act on the meeting, newest last</source>
        <translation>Registro de operaciones: todas las acciones de la reunión, la más reciente al final</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyTable</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>rostrum::KeysDialog</name>
    <message>
        <source>Keys — Rostrum</source>
        <translation>Teclas — Rostrum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys of the console</source>
        <translation>Teclas de la consola</translation>
    </message>
    <message>
        <source>Single keys never act while someone types in a text field.</source>
        <translation>Las teclas individuales nunca actúan mientras alguien escribe en un campo de texto.</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageChoice</name>
    <message>
        <source>--language “%1” is not a language Rostrum speaks; it speaks %2</source>
        <translation>--language “%1” no es un idioma disponible en Rostrum; los disponibles son %2</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>From its next start the console will follow the system&apos;s language, %1; the windows open now keep their language until then.</source>
        <translation>A partir del próximo inicio, la consola usará el idioma del sistema, %1; hasta entonces, las ventanas abiertas conservan su idioma.</translation>
    </message>
    <message>
        <source>From its next start the console will speak %1; the windows open now keep their language until then.</source>
        <translation>A partir del próximo inicio, la consola estará en %1; hasta entonces, las ventanas abiertas conservan su idioma.</translation>
    </message>
</context>
<context>
    <name>rostrum::LimitForAllDialog</name>
    <message>
        <source>Also for speakers &amp;inscribed later</source>
        <translation>También para los oradores &amp;inscritos después</translation>
    </message>
    <message>
        <source>Time limit for all remaining speakers</source>
        <translation>Tiempo límite para todos los oradores restantes</translation>
    </message>
    <message>
        <source>Time limit for every waiting speaker</source>
        <translation>Tiempo límite para cada orador en espera</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Limit for the %n waiting speaker(s) (minutes:seconds):</source>
        <translation>
            <numerusform>&amp;Límite para el orador en espera (%n) (minutos:segundos):</numerusform>
            <numerusform>&amp;Límite para los %n oradores en espera (minutos:segundos):</numerusform>
        </translation>
    </message>
    <message>
        <source>The limits of the waiting speakers&apos; categories change too</source>
        <translation>También cambian los límites de las categorías de los oradores en espera</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>“%1” no es un tiempo límite. Escriba minutos y segundos, como 3:00.</translation>
    </message>
</context>
<context>
    <name>rostrum::ListExport</name>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, en nombre de %2</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>Lista de oradores: %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>Horas previstas al %1, suponiendo que cada orador se ajuste al tiempo límite (%2, salvo que se indique otra cosa).</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>No hay nadie inscrito en la lista.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Orador y cargo</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>Hora prevista</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>En el uso de la palabra</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>en nombre de %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>límite %1</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>Fin previsto: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>rostrum::ListInvariants</name>
    <message>
        <source>negative accumulated pause</source>
        <translation>pausa acumulada negativa</translation>
    </message>
    <message>
        <source>started after the newest act</source>
        <translation>comenzó después de la acción más reciente</translation>
    </message>
    <message>
        <source>paused before it started</source>
        <translation>se pausó antes de comenzar</translation>
    </message>
    <message>
        <source>a pause recorded on a clock that never started</source>
        <translation>una pausa registrada en un reloj que nunca se inició</translation>
    </message>
    <message>
        <source>speaking time %1 ms out of range</source>
        <translation>tiempo de uso de la palabra de %1 ms fuera de rango</translation>
    </message>
    <message>
        <source>a negative time limit</source>
        <translation>un tiempo límite negativo</translation>
    </message>
    <message>
        <source>keeps a speech clock off the rostrum</source>
        <translation>mantiene un reloj de intervención fuera de la tribuna</translation>
    </message>
    <message>
        <source>speaking, but the speech has ended</source>
        <translation>en el uso de la palabra, pero la intervención ha terminado</translation>
    </message>
    <message>
        <source>spoke, but the speech never ended</source>
        <translation>intervino, pero la intervención nunca terminó</translation>
    </message>
    <message>
        <source>ended before it started</source>
        <translation>terminó antes de comenzar</translation>
    </message>
    <message>
        <source>entry #%1 is filed under #%2</source>
        <translation>la inscripción n.º %1 está archivada con el n.º %2</translation>
    </message>
    <message>
        <source>%1 speakers at the rostrum at once</source>
        <translation>%1 oradores en la tribuna a la vez</translation>
    </message>
    <message>
        <source>the current speaker disagrees with the statuses</source>
        <translation>el orador actual no concuerda con los estados</translation>
    </message>
    <message>
        <source> is in the running order</source>
        <translation> está en el orden de intervención</translation>
    </message>
    <message>
        <source> is in the running order twice</source>
        <translation> está dos veces en el orden de intervención</translation>
    </message>
    <message>
        <source> shares its place key with another</source>
        <translation> comparte su clave de puesto con otra</translation>
    </message>
    <message>
        <source>the numbered places disagree with the running order</source>
        <translation>los puestos numerados no concuerdan con el orden de intervención</translation>
    </message>
    <message>
        <source>the places do not run from 1 to %1</source>
        <translation>los puestos no van del 1 al %1</translation>
    </message>
    <message>
        <source>%1 waiting, but %2 in the running order</source>
        <translation>%1 en espera, pero %2 en el orden de intervención</translation>
    </message>
    <message>
        <source>interrupted, but the speech has ended</source>
        <translation>interrumpido, pero la intervención ha terminado</translation>
    </message>
    <message>
        <source>interrupted, but its clock runs</source>
        <translation>interrumpido, pero su reloj sigue en marcha</translation>
    </message>
    <message>
        <source>%1 speeches interrupted at once</source>
        <translation>%1 intervenciones interrumpidas a la vez</translation>
    </message>
    <message>
        <source>a speech is interrupted, but no point of order has the floor</source>
        <translation>una intervención está interrumpida, pero ninguna cuestión de orden tiene la palabra</translation>
    </message>
</context>
<context>
    <name>rostrum::ListOfSpeakersPdf</name>
    <message>
        <source>on behalf of %1</source>
        <translation>en nombre de %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>límite %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>Lista de oradores: %1</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>Horas previstas al %1, suponiendo que cada orador se ajuste al tiempo límite (%2, salvo que se indique otra cosa).</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>No hay nadie inscrito en la lista.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Orador y cargo</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>Hora prevista</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>En el uso de la palabra</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>Fin previsto: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>rostrum::MainFileWatch</name>
    <message>
        <source>the meeting file %1 has been overwritten in place and is no longer a meeting (%2); nothing more is written to it</source>
        <translation>el archivo de la reunión %1 se ha sobrescrito en su lugar y ya no es una reunión (%2); ya no se escribe nada en él</translation>
    </message>
    <message>
        <source>another meeting file (another meeting, or a backup) has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>se ha copiado otro archivo de reunión (otra reunión o una copia de seguridad) sobre el archivo de la reunión %1; ya no se escribe nada en él</translation>
    </message>
    <message>
        <source>an older copy of this meeting has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>se ha copiado una copia anterior de esta reunión sobre el archivo de la reunión %1; ya no se escribe nada en él</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingBar</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>LIST CLOSED</source>
        <translation>LISTA CERRADA</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Ahora %1</translation>
    </message>
    <message>
        <source>Elapsed %1 since %2</source>
        <translation>Transcurrido %1 desde las %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <source>⚠ Projected end %1 (%2)</source>
        <translation>⚠ Fin previsto %1 (%2)</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>Fin previsto %1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Prevista %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingConsole</name>
    <message>
        <source>Running order (%1)</source>
        <translation>Orden de intervención (%1)</translation>
    </message>
    <message>
        <source>Spoken (%1)</source>
        <translation>Han intervenido (%1)</translation>
    </message>
    <message>
        <source>Lists of speakers</source>
        <translation>Listas de oradores</translation>
    </message>
    <message>
        <source>Speakers heard, beside the running order</source>
        <translation>Oradores que han intervenido, junto al orden de intervención</translation>
    </message>
    <message>
        <source>Speakers heard</source>
        <translation>Oradores que han intervenido</translation>
    </message>
    <message>
        <source>Who has spoken, in the order they spoke, with the time each one took.</source>
        <translation>Quién ha intervenido, en el orden en que lo hizo, con el tiempo que utilizó cada uno.</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Orden de intervención</translation>
    </message>
    <message>
        <source>The speakers still to speak, in the order they will be called. N calls the next; Enter opens the selected speaker; Ctrl+Up and Ctrl+Down move them.</source>
        <translation>Los oradores que aún no han intervenido, en el orden en que se les dará la palabra. N da la palabra al siguiente; Enter abre el orador seleccionado; Ctrl+Up y Ctrl+Down lo desplazan.</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileChecks</name>
    <message>
        <source>No meeting file was named: give the path of a .rostrum file.</source>
        <translation>No se indicó ningún archivo de reunión: indique la ruta de un archivo .rostrum.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is the journal of an open meeting, not a meeting file: open the .rostrum file beside it.</source>
        <translation>%1 es el registro de operaciones de una reunión abierta, no un archivo de reunión: abra el archivo .rostrum que está a su lado.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Rostrum meeting file.</source>
        <translation>%1 está vacío (0 bytes), por lo que no es un archivo de reunión de Rostrum.</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum meeting file (it is not an SQLite database).</source>
        <translation>%1 no es un archivo de reunión de Rostrum (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short or corrupted (its size does not match its page size). Open a backup copy.</source>
        <translation>%1 está dañado: está truncado o corrupto (su tamaño no corresponde a su tamaño de página). Abra una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Rostrum meeting file.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación, no un archivo de reunión de Rostrum.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rostrum (file format %2; this version reads up to %3). Open it with a newer Rostrum.</source>
        <translation>%1 fue escrito por una versión más reciente de Rostrum (formato de archivo %2; esta versión lee hasta el %3). Ábralo con un Rostrum más reciente.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rostrum saves every act to the meeting file as it happens, so it needs to write there. Make the file writable, or copy it to a folder you can write to.</source>
        <translation>%1 es de solo lectura. Rostrum guarda cada acción en el archivo de la reunión a medida que se produce, por lo que necesita escribir en él. Haga que el archivo admita escritura o cópielo en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Rostrum keeps a journal file next to the meeting while it is open, so it needs to write there. Copy the meeting to a folder you can write to.</source>
        <translation>La carpeta de %1 es de solo lectura. Rostrum mantiene un archivo de registro junto a la reunión mientras está abierta, por lo que necesita escribir en ella. Copie la reunión en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full (%2 KiB free). Free some space on it, or copy the meeting to another disk</source>
        <translation>el disco que contiene %1 está lleno (%2 KiB libres). Libere espacio en él o copie la reunión en otro disco</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileStore</name>
    <message>
        <source>Copied from another meeting file</source>
        <translation>Copiado de otro archivo de reunión</translation>
    </message>
    <message>
        <source>A backup needs a file name, such as backup.rostrum.</source>
        <translation>Una copia de seguridad necesita un nombre de archivo, como copia.rostrum.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file; choose another name.</source>
        <translation>%1 ya existe. Una copia de seguridad nunca sustituye a un archivo; elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>No se puede crear %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>está dañado (%1)</translation>
    </message>
    <message>
        <source>the meeting file %1 has been deleted or moved</source>
        <translation>el archivo de la reunión %1 se ha eliminado o trasladado</translation>
    </message>
    <message>
        <source>the meeting file %1 has been replaced by another file</source>
        <translation>el archivo de la reunión %1 se ha sustituido por otro archivo</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has been deleted or replaced; the acts saved so far are safe in the meeting file. Reopen the meeting or save a copy to carry on saving</source>
        <translation>el archivo de registro %1 junto al archivo de la reunión se ha eliminado o sustituido; las acciones guardadas hasta ahora están a salvo en el archivo de la reunión. Vuelva a abrir la reunión o guarde una copia para seguir guardando</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no meeting in it (%2).</source>
        <translation>%1 está dañado: no contiene ninguna reunión (%2).</translation>
    </message>
    <message>
        <source>the meeting tables are missing</source>
        <translation>faltan las tablas de la reunión</translation>
    </message>
    <message>
        <source>%1 was not opened: %2. Nothing in it was changed.</source>
        <translation>%1 no se abrió: %2. No se modificó nada en él.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the journal (WAL) mode could not be switched on: %2</source>
        <translation>No se puede abrir %1: no se pudo activar el modo de registro (WAL): %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>A new meeting file needs a name, such as meeting.rostrum.</source>
        <translation>Un nuevo archivo de reunión necesita un nombre, como reunion.rostrum.</translation>
    </message>
    <message>
        <source>%1 already exists. Rostrum never overwrites a meeting file; choose another name.</source>
        <translation>%1 ya existe. Rostrum nunca sobrescribe un archivo de reunión; elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>No se puede leer la reunión: %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 se abrió solo para lectura</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingHeading</name>
    <message>
        <source>United Nations Security Council Arria-formula meeting</source>
        <translation>Reunión del Consejo de Seguridad de las Naciones Unidas con arreglo a la fórmula Arria</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Organized by:</source>
        <translation>Organizada por:</translation>
    </message>
    <message>
        <source>Co-sponsored by:</source>
        <translation>Copatrocinada por:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>United Nations Security Council open debate</source>
        <translation>Debate abierto del Consejo de Seguridad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>United Nations General Assembly plenary meeting</source>
        <translation>Sesión plenaria de la Asamblea General de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Model United Nations</source>
        <translation>Modelo de las Naciones Unidas</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingPreset</name>
    <message>
        <source>Security Council, Arria-formula</source>
        <translation>Consejo de Seguridad, fórmula Arria</translation>
    </message>
    <message>
        <source>The rules of the list of the seed meeting (25 May 2023): the opening, the briefers, the Council, then co-sponsors and groups, Member States, observers and others; 3 minutes per intervention, as its concept note asked of every speaker.</source>
        <translation>Las reglas de la lista de la reunión de referencia (25 de mayo de 2023): la apertura, los ponentes, el Consejo y, a continuación, los copatrocinadores y grupos, los Estados Miembros, los observadores y otros; 3 minutos por intervención, como pedía a todos los oradores su nota conceptual.</translation>
    </message>
    <message>
        <source>Security Council, open debate</source>
        <translation>Consejo de Seguridad, debate abierto</translation>
    </message>
    <message>
        <source>The briefers, then the members of the Council, then the other Member States and observers. The Council&apos;s note on its working methods (S/2017/507) asks for concise statements, and concept notes of open debates commonly ask speakers to keep to four minutes, the default here. Briefers are given 10 minutes, a common allowance rather than a rule: set it to what the concept note says.</source>
        <translation>Los ponentes, luego los miembros del Consejo y, después, los demás Estados Miembros y los observadores. La nota del Consejo sobre sus métodos de trabajo (S/2017/507) pide declaraciones concisas, y las notas conceptuales de los debates abiertos suelen pedir a los oradores que no superen los cuatro minutos, el valor predeterminado aquí. Los ponentes disponen de 10 minutos, una asignación habitual más que una regla: ajústela a lo que indique la nota conceptual.</translation>
    </message>
    <message>
        <source>General Assembly plenary</source>
        <translation>Plenaria de la Asamblea General</translation>
    </message>
    <message>
        <source>Statements on behalf of groups come first, then Member States, then observers, as in the Assembly&apos;s plenary debates. Presidents of the Assembly usually ask 5 minutes of a Member State speaking for itself; statements for a group are given 7 minutes and observers 3, common practice that each President confirms.</source>
        <translation>Primero las declaraciones en nombre de grupos, luego los Estados Miembros y después los observadores, como en los debates plenarios de la Asamblea. La Presidencia de la Asamblea suele pedir 5 minutos a un Estado Miembro que hable a título nacional; las declaraciones en nombre de un grupo disponen de 7 minutos y los observadores de 3, práctica habitual que confirma cada Presidencia.</translation>
    </message>
    <message>
        <source>Conference or committee</source>
        <translation>Conferencia o comisión</translation>
    </message>
    <message>
        <source>A neutral start for a conference, a committee or a working group: groups first, then States, observers and others, 5 minutes each and 7 for a group. There is no heading to guess: type the body&apos;s name, so that no document says the wrong one.</source>
        <translation>Un punto de partida neutro para una conferencia, una comisión o un grupo de trabajo: primero los grupos, luego los Estados, los observadores y otros, 5 minutos cada uno y 7 para un grupo. No se propone ningún encabezamiento: escriba el nombre del órgano, para que ningún documento indique uno erróneo.</translation>
    </message>
    <message>
        <source>Model UN committee</source>
        <translation>Comisión de Modelo de la ONU</translation>
    </message>
    <message>
        <source>The speakers&apos; list of a Model UN committee: 1 minute 30 seconds each, the usual default of Model UN rules of procedure (most conferences set 60 to 90 seconds), with the warning 15 seconds before the end; guest speakers 5 minutes. A delegate absent when called loses the place, as the chair moves on.</source>
        <translation>La lista de oradores de una comisión de Modelo de la ONU: 1 minuto y 30 segundos cada uno, el valor habitual de los reglamentos de los Modelos de la ONU (la mayoría de las conferencias fijan entre 60 y 90 segundos), con aviso 15 segundos antes del final; oradores invitados, 5 minutos. Un delegado ausente al ser llamado pierde su puesto, pues la Presidencia continúa.</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingSession</name>
    <message>
        <source>its list breaks the rules of a speakers list: %1</source>
        <translation>su lista infringe las reglas de una lista de oradores: %1</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). Save a copy as… to carry on with it.</source>
        <translation>No realizado: esta reunión está abierta en modo de solo lectura (%1). Use Guardar una copia como… para continuar con ella.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 se abrió solo para lectura</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n fila rechazada; no se importó nada.</numerusform>
            <numerusform>%n filas rechazadas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation>No se pudo importar ninguna fila.</translation>
    </message>
    <message>
        <source>the meeting file %1 has become read-only</source>
        <translation>el archivo de la reunión %1 ha pasado a ser de solo lectura</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has become read-only</source>
        <translation>el archivo de registro %1 junto al archivo de la reunión ha pasado a ser de solo lectura</translation>
    </message>
    <message>
        <source>Waiting for another program that holds the meeting file: the acts are kept in memory and will be saved as soon as it lets go.</source>
        <translation>En espera de otro programa que retiene el archivo de la reunión: las acciones se mantienen en memoria y se guardarán en cuanto lo libere.</translation>
    </message>
    <message>
        <source>Changes are NOT being saved: %1.</source>
        <translation>Los cambios NO se están guardando: %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde las %2</translation>
    </message>
    <message numerus="yes">
        <source>This meeting is also open in another console: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</source>
        <translation>
            <numerusform>Esta reunión también está abierta en %n consola más: %1. Se guardan las acciones de todas las consolas, y cada una muestra las de las demás en un momento.</numerusform>
            <numerusform>Esta reunión también está abierta en %n consolas más: %1. Se guardan las acciones de todas las consolas, y cada una muestra las de las demás en un momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last act cannot be undone while changes are not being saved.</source>
        <translation>La última acción no se puede deshacer mientras no se estén guardando los cambios.</translation>
    </message>
    <message>
        <source>Redo is unavailable while changes are not being saved.</source>
        <translation>Rehacer no está disponible mientras no se estén guardando los cambios.</translation>
    </message>
    <message>
        <source>Another program holds the meeting file; nothing was undone or redone. Try again in a moment (%1).</source>
        <translation>Otro programa retiene el archivo de la reunión; no se deshizo ni rehízo nada. Vuelva a intentarlo en un momento (%1).</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation>No realizado: %1.</translation>
    </message>
    <message>
        <source>The last act cannot be undone until the server says whether it was saved.</source>
        <translation>La última acción no se puede deshacer hasta que el servidor indique si se guardó.</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). The meeting&apos;s chair can give you another role.</source>
        <translation>No realizado: esta reunión está abierta en modo de solo lectura (%1). La Presidencia de la reunión puede asignarle otra función.</translation>
    </message>
</context>
<context>
    <name>rostrum::NowSpeakingPanel</name>
    <message>
        <source>Limit %1</source>
        <translation>Límite %1</translation>
    </message>
    <message>
        <source>Limit %1 (%2)</source>
        <translation>Límite %1 (%2)</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>En el uso de la palabra</translation>
    </message>
    <message>
        <source>Speaking time used</source>
        <translation>Tiempo de uso de la palabra empleado</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>en nombre de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, title</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <comment>clock phase</comment>
        <translation>%1, en pausa</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 de %2 — %3</translation>
    </message>
    <message>
        <source>No one at the rostrum — next: %1</source>
        <translation>Nadie en la tribuna — siguiente: %1</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>Nadie en la tribuna</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Untimed: the clock counts up</source>
        <translation>Sin límite: el reloj cuenta el tiempo transcurrido</translation>
    </message>
    <message>
        <source>%1 · Interrupted: %2, %3 left</source>
        <translation>%1 · Interrumpido: %2, quedan %3</translation>
    </message>
</context>
<context>
    <name>rostrum::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ProcedureRules</name>
    <message>
        <source>The limit of a point of order must be from 0:00 (untimed) to 24 hours.</source>
        <translation>El límite de una cuestión de orden debe estar entre 0:00 (sin límite) y 24 horas.</translation>
    </message>
    <message>
        <source>A delegation may be allowed from 0 to %1 replies.</source>
        <translation>A una delegación se le pueden permitir de 0 a %1 contestaciones.</translation>
    </message>
    <message>
        <source>The limits of the first and second reply must be longer than zero.</source>
        <translation>Los límites de la primera y la segunda contestación deben ser mayores que cero.</translation>
    </message>
    <message>
        <source>The limit of a reply is at most 24 hours.</source>
        <translation>El límite de una contestación es de 24 horas como máximo.</translation>
    </message>
    <message>
        <source>The changeover %1 s is out of range: set from 0 to %2 seconds.</source>
        <translation>El cambio de orador de %1 s está fuera de rango: fije entre 0 y %2 segundos.</translation>
    </message>
</context>
<context>
    <name>rostrum::QuitGuard</name>
    <message>
        <source>Acts not saved</source>
        <translation>Acciones no guardadas</translation>
    </message>
    <message>
        <source>Acts not saved in the meeting file: %1. They are kept in memory only.</source>
        <translation>Acciones no guardadas en el archivo de la reunión: %1. Solo se mantienen en memoria.</translation>
    </message>
    <message>
        <source>Save a copy to keep them; quitting now loses them.</source>
        <translation>Guarde una copia para conservarlas; si sale ahora, se perderán.</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Guardar una copia como…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>rostrum::ReadOnlyMeeting</name>
    <message>
        <source>%1 is on a read-only medium</source>
        <translation>%1 está en un soporte de solo lectura</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <source>the folder of %1 is read-only</source>
        <translation>la carpeta de %1 es de solo lectura</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportDialog</name>
    <message>
        <source>Report of the meeting</source>
        <translation>Informe de la reunión</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Resumen de la reunión</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>Totales por grupo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>Cronología: planificada y real</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>Exportar informe en PDF…</translation>
    </message>
    <message>
        <source>Export report CSV…</source>
        <translation>Exportar informe en CSV…</translation>
    </message>
    <message>
        <source>As of %1; times are local to the meeting (%2).</source>
        <translation>Al %1; las horas son las locales de la reunión (%2).</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation>No se exportó el informe. %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Informe %1</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe en PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe en CSV</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF para imprimir (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportPdf</name>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Timeline: planned and actual (%1 of %2)</source>
        <translation>Cronología: planificada y real (%1 de %2)</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>Cronología: planificada y real</translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation>Informe de la reunión</translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation>Informe de la reunión: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Prepared on %1; times are local to the meeting (%2).</source>
        <translation>Preparado el %1; las horas son las locales de la reunión (%2).</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>Totales por grupo</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>In the order they spoke, then those still waiting, then the absent and the withdrawn. Planned: the start each speaker would have had if everyone before them had spoken for exactly their allotted time from the scheduled start.</source>
        <translation>En el orden en que intervinieron, luego los que siguen en espera y, por último, los ausentes y los retirados. Planificada: la hora de inicio que habría tenido cada orador si todos los anteriores hubieran intervenido exactamente durante el tiempo asignado a partir del inicio programado.</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportText</name>
    <message numerus="yes">
        <source>%n spoke</source>
        <translation>
            <numerusform>%n intervino</numerusform>
            <numerusform>%n intervinieron</numerusform>
        </translation>
    </message>
    <message>
        <source>1 speaking now</source>
        <translation>1 en el uso de la palabra</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retirado</numerusform>
            <numerusform>%n retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n sigue en espera</numerusform>
            <numerusform>%n siguen en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de uso de la palabra</translation>
    </message>
    <message>
        <source>Overruns, in all</source>
        <translation>Excesos, en total</translation>
    </message>
    <message>
        <source>Pauses, in all</source>
        <translation>Pausas, en total</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message numerus="yes">
        <source>%n inscribed</source>
        <translation>
            <numerusform>%n inscrito</numerusform>
            <numerusform>%n inscritos</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Inscribed</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Intervinieron</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Average overrun</source>
        <translation>Exceso medio</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos los oradores</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Comenzó</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of order</source>
        <translation>
            <numerusform>%n cuestión de orden</numerusform>
            <numerusform>%n cuestiones de orden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n right(s) of reply</source>
        <translation>
            <numerusform>%n derecho a contestar</numerusform>
            <numerusform>%n derechos a contestar</numerusform>
        </translation>
    </message>
    <message>
        <source>Changeover, on average</source>
        <translation>Cambio de orador, promedio</translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>%n medido</numerusform>
            <numerusform>%n medidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, kind of speech</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrder</name>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>No hay nadie en espera para intervenir.</translation>
    </message>
    <message>
        <source>On time: the list ends by %1 at the current limits.</source>
        <translation>A tiempo: la lista termina a las %1 con los límites actuales.</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the remaining %n speaker(s) to end at %2.</source>
        <translation>
            <numerusform>Límite %1 para el orador restante (%n) para terminar a las %2.</numerusform>
            <numerusform>Límite %1 para los %n oradores restantes para terminar a las %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; at the current limits the last speaker reached is no. %3.</source>
        <translation>No se puede terminar a las %1 ni siquiera con %2 cada uno; con los límites actuales, el último orador alcanzado es el n.º %3.</translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; no waiting speaker finishes before then.</source>
        <translation>No se puede terminar a las %1 ni siquiera con %2 cada uno; ningún orador en espera termina antes de esa hora.</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrderModel</name>
    <message>
        <source>◷ Late</source>
        <translation>◷ Fuera de plazo</translation>
    </message>
    <message>
        <source>⚑ Pinned</source>
        <translation>⚑ Fijado</translation>
    </message>
    <message>
        <source>✗ Absent ×%1</source>
        <translation>✗ Ausente ×%1</translation>
    </message>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
en nombre de %2</translation>
    </message>
    <message>
        <source>%1, inscribed %2, after the deadline</source>
        <translation>%1, inscrito el %2, después del plazo</translation>
    </message>
    <message>
        <source>%1, inscribed %2</source>
        <translation>%1, inscrito el %2</translation>
    </message>
    <message>
        <source>On behalf of %1 (group of %2)</source>
        <translation>En nombre de %1 (grupo de %2)</translation>
    </message>
    <message>
        <source>Placed by hand: automatic placement leaves them here.</source>
        <translation>Colocado manualmente: la colocación automática lo deja aquí.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Orador y cargo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Drag one speaker at a time: %1 are selected.</source>
        <translation>Arrastre un orador cada vez: hay %1 seleccionados.</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <translation>Derecho a contestar %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>Guardar una copia como…</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. Save a copy as… to carry on with it.</source>
        <translation>Esta reunión está abierta en modo de solo lectura: %1. Use Guardar una copia como… para continuar con ella.</translation>
    </message>
    <message>
        <source>Acts kept in memory only: %1.</source>
        <translation>Acciones guardadas solo en memoria: %1.</translation>
    </message>
    <message>
        <source>%1 (copy).rostrum</source>
        <translation>%1 (copia).rostrum</translation>
    </message>
    <message>
        <source>Save a copy of the meeting</source>
        <translation>Guardar una copia de la reunión</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>Reuniones de Rostrum (*.rostrum)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>No se pudo escribir la copia: %1</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. The meeting&apos;s chair can give you another role.</source>
        <translation>Esta reunión está abierta en modo de solo lectura: %1. La Presidencia de la reunión puede asignarle otra función.</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a meeting file (or another database), and a document never replaces one. Choose another name for the document.</source>
        <translation>No se puede escribir %1: es un archivo de reunión (u otra base de datos), y un documento nunca lo sustituye. Elija otro nombre para el documento.</translation>
    </message>
    <message>
        <source>Cannot write %1: it belongs to the meeting file %2, and a document never replaces it. Choose another name for the document.</source>
        <translation>No se puede escribir %1: pertenece al archivo de la reunión %2, y un documento nunca lo sustituye. Elija otro nombre para el documento.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::Schema</name>
    <message>
        <source>The file was written by a newer version of Rostrum (file format %1; this version reads up to %2). Open it with a newer Rostrum.</source>
        <translation>El archivo fue escrito por una versión más reciente de Rostrum (formato de archivo %1; esta versión lee hasta el %2). Ábralo con un Rostrum más reciente.</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>un desencadenador</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>una vista</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>un índice</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>no se puede leer su lista de tablas</translation>
    </message>
    <message>
        <source>%1 named “%2” is not as Rostrum makes it</source>
        <translation>%1 con el nombre “%2” no tiene la forma que le da Rostrum</translation>
    </message>
    <message>
        <source>it holds %1 named “%2” that Rostrum does not make</source>
        <translation>contiene %1 con el nombre “%2” que Rostrum no crea</translation>
    </message>
    <message>
        <source>%1 named “%2” is missing</source>
        <translation>falta %1 con el nombre “%2”</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerConnection</name>
    <message>
        <source>this computer has no PostgreSQL driver for Qt: install libqt6sql6-psql</source>
        <translation>esta computadora no tiene el controlador de PostgreSQL para Qt: instale libqt6sql6-psql</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerCopy</name>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3. Nothing was created there.</source>
        <translation>%1 no se copió en %2: %3. No se creó nada allí.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>%1 no se copió en %2: %3</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerDialog</name>
    <message>
        <source>Open from a server</source>
        <translation>Abrir desde un servidor</translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation>el nombre o la dirección del servidor</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>su nombre de usuario de PostgreSQL</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>letras minúsculas, dígitos y _</translation>
    </message>
    <message>
        <source>(a server not opened before)</source>
        <translation>(un servidor que no se ha abierto antes)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>Servidores &amp;recientes:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Reu&amp;nión:</translation>
    </message>
    <message>
        <source>The password is never asked for here, nor kept: Rostrum takes it from PGPASSWORD or ~/.pgpass, or asks when the server wants one.</source>
        <translation>La contraseña nunca se pide aquí ni se guarda: Rostrum la toma de PGPASSWORD o de ~/.pgpass, o la pide cuando el servidor la requiere.</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerError</name>
    <message>
        <source>your role on this meeting may not do this (%1)</source>
        <translation>su rol en esta reunión no permite hacer esto (%1)</translation>
    </message>
    <message>
        <source>another console is holding the meeting locked (%1)</source>
        <translation>otra consola mantiene bloqueada la reunión (%1)</translation>
    </message>
    <message>
        <source>the meeting was opened for reading only (%1)</source>
        <translation>la reunión se abrió solo para lectura (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1)</source>
        <translation>el disco del servidor está lleno (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>se perdió la conexión con el servidor (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>el servidor rechazó el nombre de usuario o la contraseña (%1)</translation>
    </message>
    <message>
        <source>the server asks for a password: give it in PGPASSWORD or ~/.pgpass</source>
        <translation>el servidor pide una contraseña: indíquela en PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation>el servidor rechazó la conexión (%1)</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>no se puede acceder al servidor (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerLocation</name>
    <message>
        <source>%1 is not a server location: write postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</source>
        <translation>%1 no es una dirección de servidor: escriba postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</translation>
    </message>
    <message>
        <source>The server location must not hold a password, which anyone on this computer could read: give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>La dirección del servidor no debe contener una contraseña, que cualquier persona podría leer en esta computadora: indíquela en cambio en PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 names no server: write the host after postgresql://</source>
        <translation>%1 no indica ningún servidor: escriba el host después de postgresql://</translation>
    </message>
    <message>
        <source>%1 has no valid port (1 to 65535)</source>
        <translation>%1 no tiene un puerto válido (de 1 a 65535)</translation>
    </message>
    <message>
        <source>%1 names no database: write it after the host, as in postgresql://HOST/DATABASE</source>
        <translation>%1 no indica ninguna base de datos: escríbala después del host, como en postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2</source>
        <translation>sslmode=%1 no es uno de los siguientes: %2</translation>
    </message>
    <message>
        <source>%1 is not an option of a server location (meeting, sslmode)</source>
        <translation>%1 no es una opción de dirección de servidor (meeting, sslmode)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a meeting: use lower-case letters, digits and _, at most 40</source>
        <translation>“%1” no puede ser el nombre de una reunión: use letras minúsculas, dígitos y _, 40 como máximo</translation>
    </message>
    <message>
        <source>%1 names no meeting: add ?meeting=NAME</source>
        <translation>%1 no indica ninguna reunión: añada ?meeting=NAME</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerSchema</name>
    <message>
        <source>a meeting named %1 already exists there</source>
        <translation>ya existe allí una reunión llamada %1</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerStore</name>
    <message>
        <source>the connection to the server %1 was lost</source>
        <translation>se perdió la conexión con el servidor %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the database %2 has no meeting named %3</source>
        <translation>No se puede abrir %1: la base de datos %2 no contiene ninguna reunión llamada %3</translation>
    </message>
    <message>
        <source>%1 was made by a newer Rostrum (format %2; this one knows up to %3): update Rostrum to open it</source>
        <translation>%1 fue creado por un Rostrum más reciente (formato %2; esta versión conoce hasta el %3): actualice Rostrum para abrirlo</translation>
    </message>
    <message>
        <source>%1: the user %2 has no role in this meeting; its chair gives one with rostrum-cli grant</source>
        <translation>%1: el usuario %2 no tiene ningún rol en esta reunión; la Presidencia de la reunión le asigna uno con rostrum-cli grant</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the server does not announce changes (%2)</source>
        <translation>No se puede abrir %1: el servidor no notifica los cambios (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>No se puede leer la reunión: %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
    <message>
        <source>the user %1 is a viewer of this meeting and may not change it</source>
        <translation>el usuario %1 tiene el rol de lector en esta reunión y no puede modificarla</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 se abrió solo para lectura</translation>
    </message>
</context>
<context>
    <name>rostrum::SettingsDialog</name>
    <message>
        <source>Meeting settings</source>
        <translation>Configuración de la reunión</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegaciones</translation>
    </message>
    <message>
        <source>Time and &amp;order</source>
        <translation>Tiempo y &amp;orden</translation>
    </message>
    <message>
        <source>Choose one to fill the heading, the order and the limits</source>
        <translation>Elija uno para rellenar el encabezamiento, el orden y los límites</translation>
    </message>
    <message>
        <source>The line above the title of every document; empty: none</source>
        <translation>La línea que figura sobre el título de cada documento; vacío: ninguna</translation>
    </message>
    <message>
        <source>Inscriptions after this are marked late:</source>
        <translation>Las inscripciones posteriores se marcan como fuera de plazo:</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>¿Cuál?</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>Tipo de re&amp;unión:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Document &amp;heading:</source>
        <translation>&amp;Encabezamiento de los documentos:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Hora de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>Hora de fi&amp;n:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zona &amp;horaria:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Pla&amp;zo:</translation>
    </message>
    <message>
        <source>Type a few letters and choose from the directory. These lists decide the category inferred for a new inscription.</source>
        <translation>Escriba algunas letras y elija en el directorio. Estas listas determinan la categoría que se deduce para una nueva inscripción.</translation>
    </message>
    <message>
        <source>&amp;Co-sponsors:</source>
        <translation>&amp;Copatrocinadores:</translation>
    </message>
    <message>
        <source>&amp;Briefers, inscribed when the meeting is made</source>
        <translation>&amp;Ponentes, inscritos al crear la reunión</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone has no IANA name (it is a rule such as TZ=UTC+3). Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>La zona horaria de esta computadora no tiene nombre IANA (es una regla como TZ=UTC+3). Elija la zona horaria de la reunión, como Europe/Zurich o America/New_York.</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>Plazo: %1.</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>Elija la zona horaria de la reunión, como Europe/Zurich o America/New_York.</translation>
    </message>
    <message>
        <source>Default time &amp;limit:</source>
        <translation>Tiempo lí&amp;mite predeterminado:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>A&amp;viso antes del final:</translation>
    </message>
    <message>
        <source>&amp;Absent when called:</source>
        <translation>Si está au&amp;sente al ser llamado:</translation>
    </message>
    <message>
        <source>&amp;Tier order:</source>
        <translation>Orden de &amp;los grupos:</translation>
    </message>
    <message>
        <source>“%1” is not a time limit for %2. Write minutes and seconds, such as 3:00.</source>
        <translation>“%1” no es un tiempo límite para %2. Escriba minutos y segundos, como 3:00.</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>todas las categorías</translation>
    </message>
    <message>
        <source>Pages of the meeting&apos;s settings</source>
        <translation>Páginas de la configuración de la reunión</translation>
    </message>
    <message>
        <source>Deadline for inscriptions</source>
        <translation>Plazo de inscripción</translation>
    </message>
    <message>
        <source>Which of the two moments of the deadline, in an hour the clocks repeat</source>
        <translation>Cuál de los dos momentos del plazo, en una hora que los relojes repiten</translation>
    </message>
    <message>
        <source>O&amp;rganizers:</source>
        <translation>Or&amp;ganizadores:</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Co-sponsors</source>
        <translation>Copatrocinadores</translation>
    </message>
    <message>
        <source>Cou&amp;ncil members:</source>
        <translation>Miembros del Co&amp;nsejo:</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Miembros del Consejo</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>&amp;Palabra</translation>
    </message>
    <message>
        <source>0:00 leaves a point of order untimed: its clock counts up</source>
        <translation>0:00 deja una cuestión de orden sin límite: su reloj cuenta el tiempo transcurrido</translation>
    </message>
    <message>
        <source>&amp;Point of order, limit:</source>
        <translation>&amp;Cuestión de orden, límite:</translation>
    </message>
    <message>
        <source>&amp;Rights of reply per delegation:</source>
        <translation>Derec&amp;hos a contestar por delegación:</translation>
    </message>
    <message>
        <source>First reply, &amp;limit:</source>
        <translation>Primera contestación, &amp;límite:</translation>
    </message>
    <message>
        <source>&amp;Second and later replies, limit:</source>
        <translation>&amp;Segunda contestación y siguientes, límite:</translation>
    </message>
    <message>
        <source>The time from one speaker&apos;s end to the next one&apos;s start, in every projected time; the report measures it</source>
        <translation>El tiempo entre el final de un orador y el comienzo del siguiente, en cada hora prevista; el informe lo mide</translation>
    </message>
    <message>
        <source>&amp;Changeover between speakers:</source>
        <translation>Cam&amp;bio de orador:</translation>
    </message>
    <message>
        <source>C&amp;hime at the warning and at zero</source>
        <translation>Ca&amp;mpanilla en el aviso y en cero</translation>
    </message>
    <message>
        <source>a point of order</source>
        <translation>una cuestión de orden</translation>
    </message>
    <message>
        <source>the first reply</source>
        <translation>la primera contestación</translation>
    </message>
    <message>
        <source>the second reply</source>
        <translation>la segunda contestación</translation>
    </message>
</context>
<context>
    <name>rostrum::ShareDialog</name>
    <message>
        <source>Share on the network</source>
        <translation>Compartir en la red</translation>
    </message>
    <message>
        <source>The timer, the room&apos;s screens, the interpreters&apos; booths and the delegates&apos; phones open the meeting from these links; the timekeeper, staff and chair links also act on it. Each link carries its role&apos;s key: give it only to whom it is for.</source>
        <translation>El cronómetro, las pantallas de la sala, las cabinas de los intérpretes y los teléfonos de los delegados abren la reunión desde estos enlaces; los enlaces del cronometrador, de la secretaría y de la Presidencia también actúan sobre ella. Cada enlace lleva la clave de su rol: entréguelo solo a su destinatario.</translation>
    </message>
    <message>
        <source>Serve on:</source>
        <translation>Compartir en:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>The views open without a key (the acts still need one)</source>
        <translation>Las vistas se abren sin clave (las acciones siguen necesitándola)</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Empezar a compartir</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>Revocar los enlaces</translation>
    </message>
    <message>
        <source>New keys for every role: every link given out so far stops working, and its pages are closed.</source>
        <translation>Claves nuevas para cada rol: todos los enlaces entregados hasta ahora dejan de funcionar y sus páginas se cierran.</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo esta computadora (127.0.0.1)</translation>
    </message>
    <message>
        <source>The network of %1</source>
        <translation>La red de %1</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>Todas las redes de esta computadora (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Not shared: nothing is served.</source>
        <translation>No compartido: no se sirve nada.</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>Compartido en %1.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>QR code of the %1 link</source>
        <translation>Código QR del enlace %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: pages open</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pages open now — %1</source>
        <translation>Páginas abiertas ahora — %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rostrum::SpeakersList</name>
    <message>
        <source>The clock is already running.</source>
        <translation>El reloj ya está en marcha.</translation>
    </message>
    <message>
        <source>Clock started for %1</source>
        <translation>Reloj iniciado para %1</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>No hay nadie en espera para intervenir.</translation>
    </message>
    <message>
        <source>%1 called</source>
        <translation>Se dio la palabra a %1</translation>
    </message>
    <message>
        <source>The clock is not running.</source>
        <translation>El reloj no está en marcha.</translation>
    </message>
    <message>
        <source>Clock paused for %1</source>
        <translation>Reloj en pausa para %1</translation>
    </message>
    <message>
        <source>%1 finished; the list is exhausted</source>
        <translation>%1 terminó; la lista se ha agotado</translation>
    </message>
    <message>
        <source>No one has been called.</source>
        <translation>No se ha llamado a nadie.</translation>
    </message>
    <message>
        <source>%1 has started speaking; use Next.</source>
        <translation>%1 ha comenzado a intervenir; use Siguiente.</translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation>sacado de la lista</translation>
    </message>
    <message>
        <source>moved to the end of the %1 tier</source>
        <translation>trasladado al final del grupo %1</translation>
    </message>
    <message>
        <source>moved to the end of the list</source>
        <translation>trasladado al final de la lista</translation>
    </message>
    <message>
        <source>%1 absent: %2</source>
        <translation>%1 ausente: %2</translation>
    </message>
    <message>
        <source>%1; %2 called</source>
        <translation>%1; se dio la palabra a %2</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>Nadie está en el uso de la palabra.</translation>
    </message>
    <message>
        <source>No time to add.</source>
        <translation>No hay tiempo que añadir.</translation>
    </message>
    <message>
        <source>Adding %1 would give %2 more than 24 hours (%3) in all; at most %4 can be added.</source>
        <translation>Añadir %1 daría a %2 más de 24 horas (%3) en total; se puede añadir como máximo %4.</translation>
    </message>
    <message>
        <source>No time left to remove.</source>
        <translation>No queda tiempo que quitar.</translation>
    </message>
    <message>
        <source>%1 added for %2</source>
        <translation>%1 más para %2</translation>
    </message>
    <message>
        <source>%1 removed for %2</source>
        <translation>%1 menos para %2</translation>
    </message>
    <message>
        <source>Clock reset for %1</source>
        <translation>Reloj reiniciado para %1</translation>
    </message>
    <message>
        <source>The clock is already at the full limit.</source>
        <translation>El reloj ya está en el límite completo.</translation>
    </message>
    <message>
        <source>There is no entry #%1.</source>
        <translation>No existe la inscripción n.º %1.</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>Un tiempo límite debe ser superior a cero.</translation>
    </message>
    <message>
        <source>The time limit %1 for %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>El tiempo límite %1 para %2 es superior a 24 horas (%3), el límite máximo posible.</translation>
    </message>
    <message>
        <source>With the %1 already added, a limit of %2 would give %3 more than 24 hours (%4) in all.</source>
        <translation>Con los %1 ya añadidos, un límite de %2 daría a %3 más de 24 horas (%4) en total.</translation>
    </message>
    <message>
        <source>%1 has already spoken.</source>
        <translation>%1 ya ha intervenido.</translation>
    </message>
    <message>
        <source>Limit %1 for %2</source>
        <translation>Límite %1 para %2</translation>
    </message>
    <message>
        <source>%1 already has a limit of %2.</source>
        <translation>%1 ya tiene un límite de %2.</translation>
    </message>
    <message>
        <source>A time limit of %1 for every remaining speaker is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>Un tiempo límite de %1 para todos los oradores restantes es superior a 24 horas (%2), el límite máximo posible.</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers</source>
        <translation>Límite %1 para todos los oradores restantes</translation>
    </message>
    <message>
        <source>Every remaining speaker already has a limit of %1.</source>
        <translation>Todos los oradores restantes ya tienen un límite de %1.</translation>
    </message>
    <message>
        <source>%1 is waiting</source>
        <translation>%1 está en espera</translation>
    </message>
    <message>
        <source>%1 is speaking</source>
        <translation>%1 está en el uso de la palabra</translation>
    </message>
    <message>
        <source>%1 has spoken</source>
        <translation>%1 ha intervenido</translation>
    </message>
    <message>
        <source>%1 was absent and is off the list</source>
        <translation>%1 estuvo ausente y ya no figura en la lista</translation>
    </message>
    <message>
        <source>%1 has withdrawn</source>
        <translation>%1 se ha retirado</translation>
    </message>
    <message>
        <source>The list of speakers is closed. Reopen it to inscribe %1.</source>
        <translation>La lista de oradores está cerrada. Vuelva a abrirla para inscribir a %1.</translation>
    </message>
    <message>
        <source>%1 inscribed (late)</source>
        <translation>%1 inscrito (fuera de plazo)</translation>
    </message>
    <message>
        <source>%1 inscribed</source>
        <translation>%1 inscrito</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>%1 editado</translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation>Nada que cambiar para %1.</translation>
    </message>
    <message>
        <source>%1 is speaking. Call the next speaker before removing this entry.</source>
        <translation>%1 está en el uso de la palabra. Dé la palabra al siguiente orador antes de eliminar esta inscripción.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>Only a waiting speaker can withdraw; %1.</source>
        <translation>Solo puede retirarse un orador en espera; %1.</translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation>%1 se retiró</translation>
    </message>
    <message>
        <source>Only waiting speakers can be moved; %1.</source>
        <translation>Solo se puede mover a los oradores en espera; %1.</translation>
    </message>
    <message>
        <source>There is no position %1 for %2: %2 is the only waiting speaker, at position 1.</source>
        <translation>No existe el puesto %1 para %2: %2 es el único orador en espera, en el puesto 1.</translation>
    </message>
    <message numerus="yes">
        <source>There is no position %1 for %2: there are %n waiting speakers: choose a position from 1 to %n.</source>
        <translation>
            <numerusform>No existe el puesto %1 para %2: hay %n orador en espera: elija un puesto entre 1 y %n.</numerusform>
            <numerusform>No existe el puesto %1 para %2: hay %n oradores en espera: elija un puesto entre 1 y %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already at position %2.</source>
        <translation>%1 ya está en el puesto %2.</translation>
    </message>
    <message>
        <source>%1 moved to position %2</source>
        <translation>%1 trasladado al puesto %2</translation>
    </message>
    <message>
        <source>Choose two different speakers to exchange places.</source>
        <translation>Elija dos oradores distintos para intercambiar sus puestos.</translation>
    </message>
    <message>
        <source>Only waiting speakers can exchange places.</source>
        <translation>Solo los oradores en espera pueden intercambiar sus puestos.</translation>
    </message>
    <message>
        <source>%1 exchanged places with %2</source>
        <translation>%1 intercambió su puesto con %2</translation>
    </message>
    <message>
        <source>Only a waiting speaker placed by hand can be released.</source>
        <translation>Solo se puede liberar a un orador en espera colocado manualmente.</translation>
    </message>
    <message>
        <source>%1 returned to the automatic order</source>
        <translation>%1 volvió al orden automático</translation>
    </message>
    <message>
        <source>The list is already closed.</source>
        <translation>La lista ya está cerrada.</translation>
    </message>
    <message>
        <source>The list is already open.</source>
        <translation>La lista ya está abierta.</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>Lista de oradores cerrada</translation>
    </message>
    <message>
        <source>List of speakers reopened</source>
        <translation>Lista de oradores reabierta</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>La reunión necesita un título.</translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation>La reunión necesita una fecha válida.</translation>
    </message>
    <message>
        <source>The meeting needs a start and an end time that differ.</source>
        <translation>La reunión necesita una hora de inicio y una de fin distintas.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1” no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>“%1” is a POSIX rule, not the name of a time zone; use an IANA id such as Europe/Zurich or America/New_York.</source>
        <translation>“%1” es una regla POSIX, no el nombre de una zona horaria; use un identificador IANA como Europe/Zurich o America/New_York.</translation>
    </message>
    <message>
        <source>Time limits must be longer than zero.</source>
        <translation>Los tiempos límite deben ser superiores a cero.</translation>
    </message>
    <message>
        <source>The meeting&apos;s time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>El tiempo límite de la reunión, %1, es superior a 24 horas (%2), el límite máximo posible.</translation>
    </message>
    <message>
        <source>The time limit %1 for the category %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>El tiempo límite %1 para la categoría %2 es superior a 24 horas (%3), el límite máximo posible.</translation>
    </message>
    <message>
        <source>Meeting settings changed</source>
        <translation>Configuración de la reunión modificada</translation>
    </message>
    <message>
        <source>The settings are unchanged.</source>
        <translation>La configuración no ha cambiado.</translation>
    </message>
    <message>
        <source>Refused: %1 and %2 would both be at the rostrum; one speaker speaks at a time.</source>
        <translation>Rechazado: %1 y %2 estarían ambos en la tribuna; solo interviene un orador a la vez.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers and later inscriptions</source>
        <translation>Límite %1 para todos los oradores restantes y las inscripciones posteriores</translation>
    </message>
    <message>
        <source>Point of order by %1 closed; the floor returns to %2</source>
        <translation>Cuestión de orden de %1 cerrada; la palabra vuelve a %2</translation>
    </message>
    <message>
        <source>The point of order by %1 is untimed; its clock counts up.</source>
        <translation>La cuestión de orden de %1 no tiene límite; su reloj cuenta el tiempo transcurrido.</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order</source>
        <translation>%1 fue interrumpido por una cuestión de orden</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order and gets the floor back when it closes; close it with Next first.</source>
        <translation>%1 fue interrumpido por una cuestión de orden y recupera la palabra cuando esta se cierre; ciérrela primero con “Siguiente”.</translation>
    </message>
    <message>
        <source>A point of order by %1 is before the chair; close it with Next before another is raised.</source>
        <translation>Hay una cuestión de orden de %1 ante la Presidencia; ciérrela con “Siguiente” antes de plantear otra.</translation>
    </message>
    <message>
        <source>Point of order: %1</source>
        <translation>Cuestión de orden: %1</translation>
    </message>
    <message>
        <source>Point of order: %1, interrupting %2</source>
        <translation>Cuestión de orden: %1, que interrumpe a %2</translation>
    </message>
    <message>
        <source>This meeting allows no right of reply (%1 asked).</source>
        <translation>Esta reunión no concede derecho a contestar (lo pidió %1).</translation>
    </message>
    <message>
        <source>reply %1 (entry #%2, %3)</source>
        <translation>contestación %1 (inscripción n.º %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has the %n right(s) of reply this meeting allows: %2.</source>
        <translation>
            <numerusform>%1 ya tiene el derecho a contestar que esta reunión concede (%n): %2.</numerusform>
            <numerusform>%1 ya tiene los %n derechos a contestar que esta reunión concede: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1: first right of reply inscribed</source>
        <translation>%1: primer derecho a contestar inscrito</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 inscribed</source>
        <translation>%1: derecho a contestar n.º %2 inscrito</translation>
    </message>
    <message>
        <source>The changeover is already %1 s.</source>
        <translation>El cambio de orador ya es de %1 s.</translation>
    </message>
    <message>
        <source>No changeover between speakers</source>
        <translation>Sin cambio de orador entre oradores</translation>
    </message>
    <message>
        <source>Changeover %1 s between speakers</source>
        <translation>Cambio de orador de %1 s entre oradores</translation>
    </message>
    <message>
        <source>There is no message to clear.</source>
        <translation>No hay ningún mensaje que borrar.</translation>
    </message>
    <message>
        <source>“%1” is already the message to the speaker.</source>
        <translation>“%1” ya es el mensaje al orador.</translation>
    </message>
    <message>
        <source>Message to the speaker cleared</source>
        <translation>Mensaje al orador borrado</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>Mensaje al orador: “%1”</translation>
    </message>
</context>
<context>
    <name>rostrum::SpeechClock</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenModel</name>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
en nombre de %2</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>sin cronometrar</translation>
    </message>
    <message>
        <source>%1 spoke %2 over the limit of %3</source>
        <translation>%1 intervino %2 por encima del límite de %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Orador y cargo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Comenzó</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Spoke for</source>
        <translation>Tiempo de intervención</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Exceso</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenReading</name>
    <message>
        <source>%1 allowed, not started</source>
        <translation>%1 asignados, sin iniciar</translation>
    </message>
    <message>
        <source>%1 left, running</source>
        <translation>quedan %1, en marcha</translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation>quedan %1, en pausa</translation>
    </message>
    <message>
        <source>%1 left, paused, in the warning time</source>
        <translation>quedan %1, en pausa, en el tiempo de aviso</translation>
    </message>
    <message>
        <source>%1 left, running, in the warning time</source>
        <translation>quedan %1, en marcha, en el tiempo de aviso</translation>
    </message>
    <message>
        <source>time is up, paused</source>
        <translation>tiempo agotado, en pausa</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>%1 over the limit, paused</source>
        <translation>%1 por encima del límite, en pausa</translation>
    </message>
    <message>
        <source>%1 over the limit, running</source>
        <translation>%1 por encima del límite, en marcha</translation>
    </message>
    <message>
        <source>finished after %1</source>
        <translation>terminado al cabo de %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SqliteError</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>el disco está lleno (%1)</translation>
    </message>
    <message>
        <source>the file or its folder is read-only (%1)</source>
        <translation>el archivo o su carpeta es de solo lectura (%1)</translation>
    </message>
    <message>
        <source>another program is holding the meeting file locked (%1)</source>
        <translation>otro programa mantiene bloqueado el archivo de la reunión (%1)</translation>
    </message>
    <message>
        <source>the file could not be written or read: it may have been moved, deleted or the disk removed (%1)</source>
        <translation>no se pudo escribir ni leer el archivo: puede que se haya trasladado o eliminado, o que se haya extraído el disco (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>no se puede abrir el archivo (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>La consola de la Presidencia para las listas de oradores y el tiempo de uso de la palabra.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>A new meeting file: its title, schedule, deadline and rules (%1)</source>
        <translation>Un nuevo archivo de reunión: su título, horario, plazo y reglas (%1)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>A meeting file (.rostrum) from this computer or a shared folder (%1)</source>
        <translation>Un archivo de reunión (.rostrum) de esta computadora o de una carpeta compartida (%1)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demostración</translation>
    </message>
    <message>
        <source>A Security Council meeting with 45 speakers inscribed, held today and starting within minutes</source>
        <translation>Una reunión del Consejo de Seguridad con 45 oradores inscritos, celebrada hoy y que comienza en pocos minutos</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Reuniones recientes</translation>
    </message>
    <message>
        <source>Not found in %1</source>
        <translation>No se encuentra en %1</translation>
    </message>
    <message>
        <source>None yet: the meetings you open will be listed here.</source>
        <translation>Ninguna todavía: aquí figurarán las reuniones que abra.</translation>
    </message>
</context>
<context>
    <name>rostrum::StatementLanguage</name>
    <message>
        <source>Statement in Arabic</source>
        <translation>Declaración en árabe</translation>
    </message>
    <message>
        <source>Statement in Chinese</source>
        <translation>Declaración en chino</translation>
    </message>
    <message>
        <source>Statement in English</source>
        <translation>Declaración en inglés</translation>
    </message>
    <message>
        <source>Statement in French</source>
        <translation>Declaración en francés</translation>
    </message>
    <message>
        <source>Statement in Russian</source>
        <translation>Declaración en ruso</translation>
    </message>
    <message>
        <source>Statement in Spanish</source>
        <translation>Declaración en español</translation>
    </message>
    <message>
        <source>Statement in the language “%1”</source>
        <translation>Declaración en el idioma “%1”</translation>
    </message>
</context>
<context>
    <name>rostrum::TextRules</name>
    <message>
        <source>The delegation</source>
        <translation>La delegación</translation>
    </message>
    <message>
        <source>The speaker&apos;s name</source>
        <translation>El nombre del orador</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El cargo</translation>
    </message>
    <message>
        <source>The group (on behalf of)</source>
        <translation>El grupo (en nombre de)</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>El título de la reunión</translation>
    </message>
    <message>
        <source>The heading of the meeting&apos;s documents</source>
        <translation>El encabezamiento de los documentos de la reunión</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <source>The name of organizer %1</source>
        <translation>El nombre del organizador %1</translation>
    </message>
    <message>
        <source>The name of co-sponsor %1</source>
        <translation>El nombre del copatrocinador %1</translation>
    </message>
    <message>
        <source>The name of Council member %1</source>
        <translation>El nombre del miembro del Consejo %1</translation>
    </message>
    <message>
        <source>%1 contains a line break (%2) at position %3; a name or a title is one line.</source>
        <translation>%1 contiene un salto de línea (%2) en la posición %3; un nombre o un título ocupa una sola línea.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3; remove it.</source>
        <translation>%1 contiene un carácter de control (%2) en la posición %3; elimínelo.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional formatting character (%2) at position %3, which would show the text in another order than it is written; remove it.</source>
        <translation>%1 contiene un carácter de formato bidireccional (%2) en la posición %3, que mostraría el texto en un orden distinto del escrito; elimínelo.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 tiene %2 caracteres; se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>The notes contain a control character (%1) at position %2; notes may hold line breaks and tabs, but no other control characters.</source>
        <translation>Las notas contienen un carácter de control (%1) en la posición %2; las notas pueden contener saltos de línea y tabulaciones, pero ningún otro carácter de control.</translation>
    </message>
    <message>
        <source>The notes contain a bidirectional formatting character (%1) at position %2, which would show the text in another order than it is written; remove it.</source>
        <translation>Las notas contienen un carácter de formato bidireccional (%1) en la posición %2, que mostraría el texto en un orden distinto del escrito; elimínelo.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; at most %2 are allowed.</source>
        <translation>Las notas tienen %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The message to the speaker</source>
        <translation>El mensaje al orador</translation>
    </message>
</context>
<context>
    <name>rostrum::TierOrderEdit</name>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Tier order, the first to speak at the top</source>
        <translation>Orden de los grupos, el primero en intervenir arriba</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>&amp;Bajar</translation>
    </message>
</context>
<context>
    <name>rostrum::TimeText</name>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>%1%2 days</source>
        <translation>%1%2 días</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>rostrum::TimekeeperDisplay</name>
    <message>
        <source>Rostrum — Timekeeper</source>
        <translation>Rostrum — Cronometrador</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>en nombre de %1</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, en nombre de %2</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>Nadie en la tribuna</translation>
    </message>
    <message>
        <source>Next: none</source>
        <translation>Siguiente: ninguno</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation>Siguiente: %1 — %2</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>Fin previsto %1 (%2)</translation>
    </message>
    <message>
        <source>Timekeeper&apos;s display</source>
        <translation>Pantalla del cronometrador</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>delegation, speaker</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <comment>who speaks; the clock; who is next</comment>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>speaker, right of reply</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <translation>Interrumpido: %1 — quedan %2</translation>
    </message>
    <message>
        <source>Message to the speaker: %1</source>
        <translation>Mensaje al orador: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelinePicture</name>
    <message>
        <source>Planned slot</source>
        <translation>Turno planificado</translation>
    </message>
    <message>
        <source>Actual speech</source>
        <translation>Intervención real</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Fin programado</translation>
    </message>
    <message>
        <source>Scheduled end %1</source>
        <translation>Fin programado %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelineWidget</name>
    <message>
        <source>Timeline of the meeting: planned and actual speeches</source>
        <translation>Cronología de la reunión: intervenciones planificadas y reales</translation>
    </message>
</context>
<context>
    <name>rostrum::UnsavedActs</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>“%1” no se guardó: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ZoneTime</name>
    <message>
        <source>“%1” is outside the years 2000 to 2100; check the year</source>
        <translation>“%1” está fuera de los años 2000 a 2100; compruebe el año</translation>
    </message>
    <message>
        <source>%1 on %2 happens twice in %3; add the offset: %4 or %5</source>
        <translation>%1 del %2 ocurre dos veces en %3; añada la diferencia horaria: %4 o %5</translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in %3: the clocks skip that hour</source>
        <translation>%1 del %2 no existe en %3: los relojes se saltan esa hora</translation>
    </message>
</context>
<context>
    <name>rostrum::cli</name>
    <message>
        <source>No one is at the rostrum; no one is waiting.</source>
        <translation>No hay nadie en la tribuna; nadie está en espera.</translation>
    </message>
    <message>
        <source>%1 at the rostrum: %2 (%3).</source>
        <translation>%1 en la tribuna: %2 (%3).</translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>inscripción n.º %1</translation>
    </message>
    <message>
        <source>%1 is absent and now no. %2 on the list.</source>
        <translation>%1 está ausente y ahora es el n.º %2 de la lista.</translation>
    </message>
    <message>
        <source>%1 is absent and off the list.</source>
        <translation>%1 está ausente y ya no figura en la lista.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Añadido: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Quitado: %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 se indica más de una vez</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 no admite ningún valor</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 requiere un valor (%2)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an entry id (a whole number, as shown by “list”)</source>
        <translation>%1 no es un identificador de inscripción (un número entero, como se muestra en “list”)</translation>
    </message>
    <message>
        <source>%1 is not a position on the list (1 is the first)</source>
        <translation>%1 no es un puesto de la lista (1 es el primero)</translation>
    </message>
    <message>
        <source>%1 for %2 is not a whole number</source>
        <translation>%1 para %2 no es un número entero</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds to add (30) or remove (-30)</source>
        <translation>%1 no es un número de segundos que añadir (30) o quitar (-30)</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time limit; write minutes and seconds, like 3:00 or 2:30</source>
        <translation>%1 para %2 no es un tiempo límite; escriba minutos y segundos, como 3:00 o 2:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date; write YYYY-MM-DD, like 2023-05-25</source>
        <translation>%1 para %2 no es una fecha; escriba AAAA-MM-DD, como 2023-05-25</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time of day; write HH:MM or HH:MM:SS, like 15:00 or 15:00:30</source>
        <translation>%1 para %2 no es una hora del día; escriba HH:MM o HH:MM:SS, como 15:00 o 15:00:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date and time; write &quot;YYYY-MM-DD HH:MM[:SS]&quot; in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00)</source>
        <translation>%1 para %2 no es una fecha y hora; escriba &quot;AAAA-MM-DD HH:MM[:SS]&quot; en la zona horaria de la reunión, o ISO 8601 con una diferencia horaria (2023-05-23T16:00-04:00)</translation>
    </message>
    <message>
        <source>%1 in %2 is not in the directory of delegations</source>
        <translation>%1 en %2 no figura en el directorio de delegaciones</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; ¿quiso decir %1?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is not a valid %2; choose one of: %3</source>
        <translation>%1 no es un valor válido de %2; elija uno de los siguientes: %3</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 requiere un nombre de archivo</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT, --csv OUT or --html OUT</source>
        <translation>indique dónde escribir: --pdf OUT, --csv OUT o --html OUT</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT or --csv OUT</source>
        <translation>indique dónde escribir: --pdf OUT o --csv OUT</translation>
    </message>
    <message>
        <source>PDF output needs the graphical libraries, which could not start</source>
        <translation>La salida en PDF requiere las bibliotecas gráficas, que no se pudieron iniciar</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Escrito: %1 (%n página)</numerusform>
            <numerusform>Escrito: %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</source>
        <translation>Uso: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Runs the speakers list of a Rostrum meeting file. Every act is saved to the file as one transaction and journaled under the name cli:$USER. Other programs, the console included, may have the file open at the same time.</source>
        <translation>Gestiona la lista de oradores de un archivo de reunión de Rostrum. Cada acción se guarda en el archivo como una transacción y se consigna en el registro de operaciones con el nombre cli:$USER. Otros programas, incluida la consola, pueden tener el archivo abierto al mismo tiempo.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>ID is an entry id as shown by “list --format json” and printed by “add”. POSITION counts from 1. M:SS is a time like 3:00. Dates and times are in the meeting&apos;s time zone.</source>
        <translation>ID es un identificador de inscripción como el que muestra “list --format json” e imprime “add”. POSITION se cuenta a partir de 1. M:SS es una duración como 3:00. Las fechas y horas se expresan en la zona horaria de la reunión.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 when the rules of the list or the file refuse the act; 2 when the command line is wrong. An error is one line on standard error, starting with “rostrum-cli: ”. A refused act never changes the file.</source>
        <translation>Estado de salida: 0 si se realizó; 1 si las reglas de la lista o el archivo rechazan la acción; 2 si la línea de comandos es incorrecta. Un error es una línea en la salida de error estándar, que comienza por “rostrum-cli: ”. Una acción rechazada nunca modifica el archivo.</translation>
    </message>
    <message>
        <source>Global options: --help, -h (this help); --version.</source>
        <translation>Opciones globales: --help, -h (esta ayuda); --version.</translation>
    </message>
    <message>
        <source>More about one command: rostrum-cli help COMMAND, or rostrum-cli COMMAND --help.</source>
        <translation>Más información sobre un comando: rostrum-cli help COMMAND o rostrum-cli COMMAND --help.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 wrong command line.</source>
        <translation>Estado de salida: 0 realizado, 1 rechazado, 2 línea de comandos incorrecta.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported, %1 refused.</source>
        <translation>
            <numerusform>Simulación: se importaría %n fila, %1 rechazadas.</numerusform>
            <numerusform>Simulación: se importarían %n filas, %1 rechazadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) refused, so nothing would be imported; --skip-invalid would import the other %1.</source>
        <translation>
            <numerusform>Simulación: %n fila rechazada, por lo que no se importaría nada; --skip-invalid importaría las otras %1.</numerusform>
            <numerusform>Simulación: %n filas rechazadas, por lo que no se importaría nada; --skip-invalid importaría las otras %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported (--skip-invalid imports the other %1).</source>
        <translation>
            <numerusform>%n fila rechazada; no se importó nada (--skip-invalid importa las otras %1).</numerusform>
            <numerusform>%n filas rechazadas; no se importó nada (--skip-invalid importa las otras %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s) (%1 late).</source>
        <translation>
            <numerusform>Se importó %n inscripción (%1 fuera de plazo).</numerusform>
            <numerusform>Se importaron %n inscripciones (%1 fuera de plazo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s).</source>
        <translation>
            <numerusform>Se importó %n inscripción.</numerusform>
            <numerusform>Se importaron %n inscripciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and not imported.</source>
        <translation>
            <numerusform>%n fila rechazada y no importada.</numerusform>
            <numerusform>%n filas rechazadas y no importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>Todavía no se ha hecho nada.</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (deshecho)</translation>
    </message>
    <message>
        <source>--delegation cannot be empty</source>
        <translation>--delegation no puede estar vacío</translation>
    </message>
    <message>
        <source>--on-behalf-of and --group-size go together: name the group and say how many delegations it has</source>
        <translation>--on-behalf-of y --group-size van juntos: indique el nombre del grupo y cuántas delegaciones tiene</translation>
    </message>
    <message>
        <source>--on-behalf-of cannot be empty</source>
        <translation>--on-behalf-of no puede estar vacío</translation>
    </message>
    <message>
        <source>--group-size must be at least 1</source>
        <translation>--group-size debe ser al menos 1</translation>
    </message>
    <message>
        <source>%1 is now no. %2 on the list (placed by hand).</source>
        <translation>%1 es ahora el n.º %2 de la lista (colocado manualmente).</translation>
    </message>
    <message>
        <source>%1 (now no. %2) and %3 (now no. %4) exchanged places.</source>
        <translation>%1 (ahora n.º %2) y %3 (ahora n.º %4) intercambiaron sus puestos.</translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation>%1 eliminado de la lista.</translation>
    </message>
    <message>
        <source>%1 withdrew from the list.</source>
        <translation>%1 se retiró de la lista.</translation>
    </message>
    <message>
        <source>%1 now has a limit of %2.</source>
        <translation>%1 tiene ahora un límite de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the %n waiting speaker(s).</source>
        <translation>
            <numerusform>Límite %1 para el orador en espera (%n).</numerusform>
            <numerusform>Límite %1 para los %n oradores en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed; inscriptions are refused until it is reopened.</source>
        <translation>La lista de oradores está cerrada; se rechazan las inscripciones hasta que se vuelva a abrir.</translation>
    </message>
    <message>
        <source>The list of speakers is open again.</source>
        <translation>La lista de oradores está abierta de nuevo.</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, en nombre de %2</translation>
    </message>
    <message>
        <source>late</source>
        <translation>fuera de plazo</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>absent once</source>
        <translation>ausente una vez</translation>
    </message>
    <message numerus="yes">
        <source>absent %n times</source>
        <translation>
            <numerusform>ausente %n vez</numerusform>
            <numerusform>ausente %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is on the list.</source>
        <translation>No hay nadie en la lista.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>%1: %2 (see “rostrum-cli help %1”)</source>
        <translation>%1: %2 (véase “rostrum-cli help %1”)</translation>
    </message>
    <message>
        <source>no command given (see “rostrum-cli --help”)</source>
        <translation>no se indicó ningún comando (véase “rostrum-cli --help”)</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>help admite como máximo un comando</translation>
    </message>
    <message>
        <source>there is no command “%1” (see “rostrum-cli --help”)</source>
        <translation>no existe el comando “%1” (véase “rostrum-cli --help”)</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone (TZ=%1) is not an IANA zone; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>la zona horaria de esta computadora (TZ=%1) no es una zona IANA; indique la zona de la reunión con --time-zone, p. ej., --time-zone America/New_York</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone has no IANA name; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>la zona horaria de esta computadora no tiene nombre IANA; indique la zona de la reunión con --time-zone, p. ej., --time-zone America/New_York</translation>
    </message>
    <message>
        <source>“%1”, %2 %3–%4 (%5)</source>
        <translation>“%1”, %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>--title cannot be empty</source>
        <translation>--title no puede estar vacío</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone; use an IANA id such as Europe/Zurich or America/New_York</source>
        <translation>“%1” no es una zona horaria IANA; use un identificador IANA como Europe/Zurich o America/New_York</translation>
    </message>
    <message>
        <source>Created %1: %2.</source>
        <translation>Creado %1: %2.</translation>
    </message>
    <message>
        <source>Nothing changed: the settings are already so.</source>
        <translation>No se cambió nada: la configuración ya es esa.</translation>
    </message>
    <message>
        <source>Settings changed: %1.</source>
        <translation>Configuración modificada: %1.</translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>Encabezamiento: %1</translation>
    </message>
    <message>
        <source>the demo meeting could not be written: %1</source>
        <translation>no se pudo escribir la reunión de demostración: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo meeting to %1: %2, %n speaker(s) inscribed.</source>
        <translation>
            <numerusform>Reunión de demostración escrita en %1: %2, %n orador inscrito.</numerusform>
            <numerusform>Reunión de demostración escrita en %1: %2, %n oradores inscritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1” to %2</source>
        <translation>Copia de seguridad de “%1” guardada en %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4); now %5</source>
        <translation>%1, %2–%3 (%4); ahora %5</translation>
    </message>
    <message>
        <source>Speaking: %1 — %2 (%3)</source>
        <translation>En el uso de la palabra: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>Nadie está en el uso de la palabra.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next: no one is waiting.</source>
        <translation>Siguiente: no hay nadie en espera.</translation>
    </message>
    <message numerus="yes">
        <source>Projected end: %1 (%2), %n speaker(s) waiting</source>
        <translation>
            <numerusform>Fin previsto: %1 (%2), %n orador en espera</numerusform>
            <numerusform>Fin previsto: %1 (%2), %n oradores en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>La lista de oradores está cerrada.</translation>
    </message>
    <message>
        <source>The list of speakers is open.</source>
        <translation>La lista de oradores está abierta.</translation>
    </message>
    <message>
        <source>output format (default: text)</source>
        <translation>formato de salida (predeterminado: text)</translation>
    </message>
    <message>
        <source>Create a meeting file.</source>
        <translation>Crea un archivo de reunión.</translation>
    </message>
    <message>
        <source>Times are in the meeting&apos;s time zone. Delegation names may be aliases (&quot;US&quot;, &quot;UK&quot;); they are saved under their directory names. An existing file is never overwritten.</source>
        <translation>Las horas se expresan en la zona horaria de la reunión. Los nombres de las delegaciones pueden ser alias (&quot;US&quot;, &quot;UK&quot;); se guardan con su nombre en el directorio. Nunca se sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation>el título de la reunión</translation>
    </message>
    <message>
        <source>the day of the meeting</source>
        <translation>el día de la reunión</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>hora de inicio prevista</translation>
    </message>
    <message>
        <source>scheduled end</source>
        <translation>hora de fin prevista</translation>
    </message>
    <message>
        <source>inscription deadline; later inscriptions are marked late. In the hour the clocks go back, add the offset: 2027-11-07T01:30-04:00</source>
        <translation>plazo de inscripción; las inscripciones posteriores se marcan como fuera de plazo. En la hora en que se atrasan los relojes, añada la diferencia horaria: 2027-11-07T01:30-04:00</translation>
    </message>
    <message>
        <source>speaking time for every category (default 3:00)</source>
        <translation>tiempo de uso de la palabra para todas las categorías (predeterminado: 3:00)</translation>
    </message>
    <message>
        <source>organizers, who open the meeting</source>
        <translation>organizadores, que abren la reunión</translation>
    </message>
    <message>
        <source>co-sponsors, who speak in the priority tier</source>
        <translation>copatrocinadores, que intervienen en el grupo prioritario</translation>
    </message>
    <message>
        <source>members of the council, who speak after the briefers</source>
        <translation>miembros del Consejo, que intervienen después de los ponentes</translation>
    </message>
    <message>
        <source>where the meeting takes place</source>
        <translation>lugar donde se celebra la reunión</translation>
    </message>
    <message>
        <source>the line above the title of every document, e.g. &quot;United Nations General Assembly, plenary meeting&quot; (default: none)</source>
        <translation>la línea que figura sobre el título de cada documento, p. ej., &quot;Asamblea General de las Naciones Unidas, sesión plenaria&quot; (predeterminado: ninguna)</translation>
    </message>
    <message>
        <source>the meeting&apos;s time zone, e.g. America/New_York (default: this computer&apos;s)</source>
        <translation>la zona horaria de la reunión, p. ej., America/New_York (predeterminado: la de esta computadora)</translation>
    </message>
    <message>
        <source>Give one or more of the options; undo brings the settings back as they were.</source>
        <translation>Indique una o varias de las opciones; undo restablece la configuración anterior.</translation>
    </message>
    <message>
        <source>where the meeting takes place; &quot;&quot; for none</source>
        <translation>lugar donde se celebra la reunión; &quot;&quot; para ninguno</translation>
    </message>
    <message>
        <source>the line above the title of every document; &quot;&quot; for none</source>
        <translation>la línea que figura sobre el título de cada documento; &quot;&quot; para ninguna</translation>
    </message>
    <message>
        <source>Write the demo meeting (UNSC Arria-formula, 25 May 2023) to a new file.</source>
        <translation>Escribe la reunión de demostración (Consejo de Seguridad, fórmula Arria, 25 de mayo de 2023) en un archivo nuevo.</translation>
    </message>
    <message>
        <source>The meeting of the seed concept note with its 45 inscriptions, on its own date. With --today it is held today instead, starting at the next whole five minutes at least two minutes from now; its end, deadline and inscriptions move with it.</source>
        <translation>La reunión de la nota conceptual de referencia, con sus 45 inscripciones, en su fecha original. Con --today se celebra hoy, a partir del siguiente múltiplo de cinco minutos que diste al menos dos minutos de ahora; su fin, su plazo y sus inscripciones se desplazan con ella.</translation>
    </message>
    <message>
        <source>hold the meeting today, starting within minutes</source>
        <translation>celebrar la reunión hoy, con inicio en pocos minutos</translation>
    </message>
    <message>
        <source>Inscribe a speaker; prints only the new entry&apos;s id.</source>
        <translation>Inscribe a un orador; imprime solo el identificador de la nueva inscripción.</translation>
    </message>
    <message>
        <source>The category is inferred when not given: a delegation keeps the highest tier it qualifies for. Briefers and non-State speakers need --category briefer or other.</source>
        <translation>Si no se indica, la categoría se deduce: una delegación conserva el grupo más alto que le corresponde. Los ponentes y los oradores que no son Estados requieren --category briefer u other.</translation>
    </message>
    <message>
        <source>a delegation from the directory, or a name for briefers and others</source>
        <translation>una delegación del directorio, o un nombre para los ponentes y otros</translation>
    </message>
    <message>
        <source>the speaker&apos;s name</source>
        <translation>el nombre del orador</translation>
    </message>
    <message>
        <source>the speaker&apos;s title</source>
        <translation>el cargo del orador</translation>
    </message>
    <message>
        <source>organizer, briefer, council, cosponsor, group, member, observer or other</source>
        <translation>organizer, briefer, council, cosponsor, group, member, observer u other</translation>
    </message>
    <message>
        <source>the group the statement is made for (with --group-size)</source>
        <translation>el grupo en cuyo nombre se formula la declaración (con --group-size)</translation>
    </message>
    <message>
        <source>how many delegations the group has (with --on-behalf-of)</source>
        <translation>número de delegaciones del grupo (con --on-behalf-of)</translation>
    </message>
    <message>
        <source>ar, zh, en, fr, ru or es (default en)</source>
        <translation>ar, zh, en, fr, ru o es (predeterminado: en)</translation>
    </message>
    <message>
        <source>head, minister, pr, deputy, charge or other</source>
        <translation>head, minister, pr, deputy, charge u other</translation>
    </message>
    <message>
        <source>when the inscription arrived, in the meeting&apos;s time zone or ISO 8601 with an offset (default: now)</source>
        <translation>cuándo se recibió la inscripción, en la zona horaria de la reunión o en ISO 8601 con diferencia horaria (predeterminado: ahora)</translation>
    </message>
    <message>
        <source>this speaker&apos;s time limit (default: the category&apos;s)</source>
        <translation>el tiempo límite de este orador (predeterminado: el de la categoría)</translation>
    </message>
    <message>
        <source>notes for the secretariat</source>
        <translation>notas para la secretaría</translation>
    </message>
    <message>
        <source>Inscribe every row of a CSV file, as one act (one undo removes them all).</source>
        <translation>Inscribe todas las filas de un archivo CSV en una sola acción (un solo undo las elimina todas).</translation>
    </message>
    <message>
        <source>The CSV has a header row; the columns, in any order and any case, are delegation (required), speaker, title, category, on_behalf_of, group_size, language, level, inscribed_at, limit and notes. Comma, semicolon or tab separated; UTF-8 or UTF-16 with a byte-order mark (&quot;Unicode text&quot;). Every row is checked first; refused rows are listed on standard error as &quot;line N: reason&quot;, and then nothing is written unless --skip-invalid is given.</source>
        <translation>El CSV tiene una fila de encabezado; las columnas, en cualquier orden y en mayúsculas o minúsculas, son delegation (obligatoria), speaker, title, category, on_behalf_of, group_size, language, level, inscribed_at, limit y notes. Separadas por comas, puntos y comas o tabulaciones; UTF-8 o UTF-16 con marca de orden de bytes (&quot;Texto Unicode&quot;). Primero se comprueban todas las filas; las rechazadas se enumeran en la salida de error estándar como &quot;line N: motivo&quot; y, en ese caso, no se escribe nada salvo que se indique --skip-invalid.</translation>
    </message>
    <message>
        <source>check and report only; never write</source>
        <translation>solo comprobar e informar; no escribir nunca</translation>
    </message>
    <message>
        <source>import the rows that are accepted and report the rest</source>
        <translation>importar las filas aceptadas e informar sobre las demás</translation>
    </message>
    <message>
        <source>Show the running order with projected start times.</source>
        <translation>Muestra el orden de intervención con las horas de inicio previstas.</translation>
    </message>
    <message>
        <source>JSON is an array in running order; CSV follows RFC 4180 with a header row.</source>
        <translation>JSON es una matriz en orden de intervención; CSV sigue la RFC 4180 con una fila de encabezado.</translation>
    </message>
    <message>
        <source>also show who spoke, the current speaker, the absent and the withdrawn</source>
        <translation>mostrar también quién intervino, el orador actual, los ausentes y los retirados</translation>
    </message>
    <message>
        <source>Show who is speaking, the time left, who is next, and the projected end.</source>
        <translation>Muestra quién está en el uso de la palabra, el tiempo restante, quién es el siguiente y el fin previsto.</translation>
    </message>
    <message>
        <source>Move a waiting speaker to a position; pins them there.</source>
        <translation>Traslada a un orador en espera a un puesto y lo fija en él.</translation>
    </message>
    <message>
        <source>Exchange the places of two waiting speakers, in one act.</source>
        <translation>Intercambia los puestos de dos oradores en espera, en una sola acción.</translation>
    </message>
    <message>
        <source>Delete an entry from the list (undo brings it back).</source>
        <translation>Elimina una inscripción de la lista (undo la restablece).</translation>
    </message>
    <message>
        <source>Mark a waiting speaker as withdrawn.</source>
        <translation>Marca como retirado a un orador en espera.</translation>
    </message>
    <message>
        <source>Start or resume the clock; with no one at the rostrum, call the first speaker.</source>
        <translation>Inicia o reanuda el reloj; si no hay nadie en la tribuna, da la palabra al primer orador.</translation>
    </message>
    <message>
        <source>Pause the current speaker&apos;s clock.</source>
        <translation>Pausa el reloj del orador actual.</translation>
    </message>
    <message>
        <source>Close the current speech and call the next speaker.</source>
        <translation>Cierra la intervención en curso y da la palabra al siguiente orador.</translation>
    </message>
    <message>
        <source>The called speaker is absent: apply the meeting&apos;s absent rule and call the next.</source>
        <translation>El orador llamado está ausente: aplica la regla de ausencia de la reunión y da la palabra al siguiente.</translation>
    </message>
    <message>
        <source>Undo the last act.</source>
        <translation>Deshace la última acción.</translation>
    </message>
    <message>
        <source>Redo the last undone act.</source>
        <translation>Rehace la última acción deshecha.</translation>
    </message>
    <message>
        <source>Give the current speaker more time; a negative number takes time away.</source>
        <translation>Da más tiempo al orador actual; un número negativo le quita tiempo.</translation>
    </message>
    <message>
        <source>Reset the current speaker&apos;s clock to the full limit.</source>
        <translation>Devuelve el reloj del orador actual al límite completo.</translation>
    </message>
    <message>
        <source>Change one speaker&apos;s time limit.</source>
        <translation>Cambia el tiempo límite de un orador.</translation>
    </message>
    <message>
        <source>Change the time limit of every waiting speaker.</source>
        <translation>Cambia el tiempo límite de todos los oradores en espera.</translation>
    </message>
    <message>
        <source>Close the list of speakers: inscriptions are refused.</source>
        <translation>Cierra la lista de oradores: se rechazan las inscripciones.</translation>
    </message>
    <message>
        <source>Reopen the list of speakers.</source>
        <translation>Reabre la lista de oradores.</translation>
    </message>
    <message>
        <source>Show who did what, and when, oldest first.</source>
        <translation>Muestra quién hizo qué y cuándo, de lo más antiguo a lo más reciente.</translation>
    </message>
    <message>
        <source>show the last N acts (default 50; 0 shows all)</source>
        <translation>mostrar las últimas N acciones (predeterminado: 50; 0 las muestra todas)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the meeting, with its whole journal, to a new file.</source>
        <translation>Escribe una copia coherente de la reunión, con todo su registro de operaciones, en un archivo nuevo.</translation>
    </message>
    <message>
        <source>One snapshot of the file as saved, taken while other consoles may be acting on it; undo and redo work in the copy. DEST must not exist yet. Only reads FILE.</source>
        <translation>Una instantánea del archivo tal como está guardado, tomada mientras otras consolas pueden estar actuando en él; undo y redo funcionan en la copia. DEST no debe existir todavía. FILE solo se lee.</translation>
    </message>
    <message>
        <source>Write the list of speakers for circulation: PDF, CSV or HTML.</source>
        <translation>Escribe la lista de oradores para su distribución: PDF, CSV o HTML.</translation>
    </message>
    <message>
        <source>The speaker at the rostrum first, then the running order with projected times. CSV is UTF-8 with a byte order mark, for spreadsheets; HTML is a standalone page. Give one or more outputs. A file is written whole or not at all.</source>
        <translation>Primero el orador que está en la tribuna y luego el orden de intervención con las horas previstas. CSV es UTF-8 con marca de orden de bytes, para hojas de cálculo; HTML es una página independiente. Indique una o varias salidas. Un archivo se escribe completo o no se escribe.</translation>
    </message>
    <message>
        <source>write an A4 PDF</source>
        <translation>escribir un PDF A4</translation>
    </message>
    <message>
        <source>write CSV (RFC 4180)</source>
        <translation>escribir CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>write an HTML page</source>
        <translation>escribir una página HTML</translation>
    </message>
    <message>
        <source>the line naming the kind of meeting, for this document only (default: the meeting&apos;s heading; &quot;&quot; for none)</source>
        <translation>la línea que indica el tipo de reunión, solo para este documento (predeterminado: el encabezamiento de la reunión; &quot;&quot; para ninguna)</translation>
    </message>
    <message>
        <source>the document&apos;s language: ar, zh, en, fr, ru or es (default: the language of the messages)</source>
        <translation>el idioma del documento: ar, zh, en, fr, ru o es (predeterminado: el idioma de los mensajes)</translation>
    </message>
    <message>
        <source>Write the report of the meeting: planned and actual times, overruns, totals.</source>
        <translation>Escribe el informe de la reunión: horas previstas y reales, excesos, totales.</translation>
    </message>
    <message>
        <source>One row per speaker with planned and actual start, allotted and actual time, overrun and pauses; totals by tier; the PDF adds a timeline picture. CSV has whole seconds, ISO 8601 times with the meeting&apos;s offset and status keys.</source>
        <translation>Una fila por orador con el inicio previsto y real, el tiempo asignado y real, el exceso y las pausas; totales por grupo; el PDF añade una imagen de la cronología. El CSV contiene segundos enteros, horas ISO 8601 con la diferencia horaria de la reunión y claves de estado.</translation>
    </message>
    <message>
        <source>--language: “%1” is not one of %2</source>
        <translation>--language: “%1” no es uno de los siguientes: %2</translation>
    </message>
    <message>
        <source>Before the command, --language xx chooses the language of the messages (%1); without it they follow LANG and LC_MESSAGES.</source>
        <translation>Antes del comando, --language xx elige el idioma de los mensajes (%1); si se omite, se siguen LANG y LC_MESSAGES.</translation>
    </message>
    <message>
        <source>The limits of their categories change too, so that speakers inscribed afterwards get the same limit, unless --waiting-only.</source>
        <translation>También cambian los límites de sus categorías, de modo que los oradores inscritos después reciben el mismo límite, salvo con --waiting-only.</translation>
    </message>
    <message>
        <source>change only the speakers waiting now, not later inscriptions</source>
        <translation>cambiar solo los oradores que esperan ahora, no las inscripciones posteriores</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s title, venue, heading or rules of the floor, as one act.</source>
        <translation>Cambia el título, el lugar, el encabezamiento o las reglas del uso de la palabra de la reunión, en una sola acción.</translation>
    </message>
    <message>
        <source>the limit of a point of order; 0:00 for untimed (default 2:00)</source>
        <translation>el límite de una cuestión de orden; 0:00 para sin límite (predeterminado: 2:00)</translation>
    </message>
    <message>
        <source>how many rights of reply a delegation may make (default 2)</source>
        <translation>cuántos derechos a contestar puede ejercer una delegación (predeterminado: 2)</translation>
    </message>
    <message>
        <source>the limit of a first reply (default 5:00)</source>
        <translation>el límite de una primera contestación (predeterminado: 5:00)</translation>
    </message>
    <message>
        <source>the limit of a second or later reply (default 3:00)</source>
        <translation>el límite de una segunda contestación o posterior (predeterminado: 3:00)</translation>
    </message>
    <message>
        <source>whether consoles chime at the warning and at zero (default on)</source>
        <translation>si las consolas suenan en el aviso y en cero (predeterminado: on)</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor; %2 is interrupted with %3 left.</source>
        <translation>Cuestión de orden: %1 tiene la palabra; %2 queda interrumpido con %3 restantes.</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor.</source>
        <translation>Cuestión de orden: %1 tiene la palabra.</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 (%3), no. %4 on the list.</source>
        <translation>%1: derecho a contestar n.º %2 (%3), n.º %4 de la lista.</translation>
    </message>
    <message>
        <source>No changeover between speakers.</source>
        <translation>Sin cambio de orador entre oradores.</translation>
    </message>
    <message>
        <source>Changeover: %1 s between speakers.</source>
        <translation>Cambio de orador: %1 s entre oradores.</translation>
    </message>
    <message>
        <source>message takes either TEXT or --clear, not both</source>
        <translation>message admite TEXT o --clear, no ambos</translation>
    </message>
    <message>
        <source>message needs the TEXT to show, or --clear</source>
        <translation>message necesita el TEXT que se mostrará, o --clear</translation>
    </message>
    <message>
        <source>the message is empty; to take it off the display, use --clear</source>
        <translation>el mensaje está vacío; para quitarlo de la pantalla, use --clear</translation>
    </message>
    <message>
        <source>Message to the speaker cleared.</source>
        <translation>Mensaje al orador borrado.</translation>
    </message>
    <message>
        <source>On the display: “%1”</source>
        <translation>En la pantalla: “%1”</translation>
    </message>
    <message>
        <source>the language spoken: ar, zh, en, fr, ru or es</source>
        <translation>el idioma hablado: ar, zh, en, fr, ru o es</translation>
    </message>
    <message>
        <source>A point of order takes the floor at once.</source>
        <translation>Una cuestión de orden toma la palabra de inmediato.</translation>
    </message>
    <message>
        <source>The current speech is interrupted: its clock stops and its remaining time is kept. The point of order has its own clock and limit (the meeting&apos;s setting, 2:00 unless changed; 0:00 counts up). next closes it and gives the floor back to the interrupted speaker, paused; start resumes them.</source>
        <translation>La intervención en curso se interrumpe: su reloj se detiene y se conserva el tiempo restante. La cuestión de orden tiene su propio reloj y límite (el ajuste de la reunión, 2:00 salvo cambio; 0:00 cuenta el tiempo transcurrido). next la cierra y devuelve la palabra al orador interrumpido, en pausa; start lo reanuda.</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement.</source>
        <translation>Inscribe un derecho a contestar, que se escucha después de la última declaración.</translation>
    </message>
    <message>
        <source>Replies are heard in the order asked, in a tier of their own at the end, even while the list is closed. A delegation may reply as often as the meeting allows (2 unless changed); the first and second replies have their own limits (5:00 and 3:00 unless changed).</source>
        <translation>Las contestaciones se escuchan en el orden en que se pidieron, en un grupo propio al final, incluso con la lista cerrada. Una delegación puede contestar tantas veces como la reunión permita (2 salvo cambio); la primera y la segunda contestación tienen sus propios límites (5:00 y 3:00 salvo cambio).</translation>
    </message>
    <message>
        <source>Set the time between one speaker&apos;s end and the next one&apos;s start.</source>
        <translation>Fija el tiempo entre el final de un orador y el comienzo del siguiente.</translation>
    </message>
    <message>
        <source>From 0 to 600 seconds. Every projected start, the projected end and the fit advisor include it, except before the first speaker.</source>
        <translation>De 0 a 600 segundos. Cada comienzo previsto, el final previsto y el asesor de tiempo lo incluyen, salvo antes del primer orador.</translation>
    </message>
    <message>
        <source>Show a message to the speaker on the display.</source>
        <translation>Muestra un mensaje al orador en la pantalla.</translation>
    </message>
    <message>
        <source>The message stays until it is cleared or the next speaker is called, for example &quot;Please conclude&quot;.</source>
        <translation>El mensaje permanece hasta que se borre o se llame al siguiente orador, por ejemplo &quot;Le ruego que concluya&quot;.</translation>
    </message>
    <message>
        <source>take the message off the display</source>
        <translation>quitar el mensaje de la pantalla</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>contestación %1</translation>
    </message>
    <message>
        <source>say what to change: --title, --venue, --heading, --point-of-order-limit, --replies, --reply-first, --reply-second or --chimes</source>
        <translation>indique qué cambiar: --title, --venue, --heading, --point-of-order-limit, --replies, --reply-first, --reply-second o --chimes</translation>
    </message>
    <message>
        <source>%1 for --point-of-order-limit is not a time limit; write minutes and seconds, like 2:00, or 0:00 for untimed</source>
        <translation>%1 para --point-of-order-limit no es un tiempo límite; escriba minutos y segundos, como 2:00, o 0:00 para sin límite</translation>
    </message>
    <message>
        <source>Point of order: %1 — %2 (%3)</source>
        <translation>Cuestión de orden: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <translation>Interrumpido: %1 — quedan %2</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>Mensaje al orador: “%1”</translation>
    </message>
    <message>
        <source>Serve the meeting&apos;s web views and API until stopped (Ctrl+C).</source>
        <translation>Sirve las vistas web y la API de la reunión hasta que se detenga (Ctrl+C).</translation>
    </message>
    <message>
        <source>Prints one link per role (viewer, timekeeper, staff, chair); each link carries its role&apos;s key. The keys are kept, hashed, in the meeting file, so the links work again after a restart; --new-links makes new ones and every older link stops working. Acts from the pages are journaled as web:ROLE@ADDRESS. See docs/API.md.</source>
        <translation>Imprime un enlace por rol (lector, cronometrador, secretaría, Presidencia); cada enlace lleva la clave de su rol. Las claves se guardan, en forma de hash, en el archivo de la reunión, de modo que los enlaces vuelven a funcionar después de un reinicio; --new-links crea claves nuevas y todos los enlaces anteriores dejan de funcionar. Las acciones realizadas desde las páginas se consignan en el registro de operaciones con el nombre web:ROLE@ADDRESS. Véase docs/API.md.</translation>
    </message>
    <message>
        <source>the address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for every network)</source>
        <translation>la dirección en la que escuchar (predeterminado: 127.0.0.1, solo esta computadora; 0.0.0.0 para todas las redes)</translation>
    </message>
    <message>
        <source>the port (default: 8080; 0: any)</source>
        <translation>el puerto (predeterminado: 8080; 0: cualquiera)</translation>
    </message>
    <message>
        <source>the views (timer, room, booth, list) open without a key; the acts still need one</source>
        <translation>las vistas (timer, room, booth, list) se abren sin clave; las acciones siguen necesitándola</translation>
    </message>
    <message>
        <source>make new keys for every role; the old links stop working</source>
        <translation>crear claves nuevas para cada rol; los enlaces anteriores dejan de funcionar</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not “%1”</source>
        <translation>--bind admite una dirección IP como 127.0.0.1 o 0.0.0.0, no “%1”</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>--port debe estar entre 0 y 65535</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; on %2</source>
        <translation>Reunión “%1” disponible en %2</translation>
    </message>
    <message>
        <source>%1: the meetings cannot be listed: %2</source>
        <translation>%1: no se pueden enumerar las reuniones: %2</translation>
    </message>
    <message>
        <source>%1 holds no meetings yet.</source>
        <translation>%1 aún no contiene ninguna reunión.</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>%1 copiado en %2</translation>
    </message>
    <message>
        <source>--user must name a PostgreSQL user (1 to 63 characters)</source>
        <translation>--user debe indicar un usuario de PostgreSQL (de 1 a 63 caracteres)</translation>
    </message>
    <message>
        <source>%1: %2 was not given the role %3: %4</source>
        <translation>%1: no se asignó el rol %3 a %2: %4</translation>
    </message>
    <message>
        <source>%1 is now %2 of the meeting %3</source>
        <translation>%1 tiene ahora el rol %2 en la reunión %3</translation>
    </message>
    <message>
        <source>List the meetings a PostgreSQL database holds.</source>
        <translation>Enumera las reuniones que contiene una base de datos PostgreSQL.</translation>
    </message>
    <message>
        <source>SERVER is postgresql://[USER@]HOST[:PORT]/DATABASE. The password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation>SERVER tiene la forma postgresql://[USER@]HOST[:PORT]/DATABASE. La contraseña se toma de PGPASSWORD o de ~/.pgpass, nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>Copy a meeting file, journal included, to a new meeting on a server.</source>
        <translation>Copia un archivo de reunión, con su registro de operaciones, en una reunión nueva de un servidor.</translation>
    </message>
    <message>
        <source>URL is postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, and NAME must not be taken. Undo and redo carry on where the file left them; the copy has an identity of its own. Whoever pushes owns the meeting and is its chair. Only reads FILE.</source>
        <translation>URL tiene la forma postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, y NAME no debe estar ya en uso. Deshacer y rehacer continúan donde los dejó el archivo; la copia tiene una identidad propia. Quien ejecuta push es propietario de la reunión y ejerce su Presidencia. FILE solo se lee.</translation>
    </message>
    <message>
        <source>Copy a meeting on a server, journal included, into a new file.</source>
        <translation>Copia una reunión de un servidor, con su registro de operaciones, en un archivo nuevo.</translation>
    </message>
    <message>
        <source>One snapshot of the meeting, taken while consoles may be acting on it. FILE must not exist yet.</source>
        <translation>Una instantánea de la reunión, tomada mientras las consolas pueden estar actuando en ella. FILE no debe existir todavía.</translation>
    </message>
    <message>
        <source>Give a PostgreSQL user one role on a meeting.</source>
        <translation>Asigna a un usuario de PostgreSQL un rol en una reunión.</translation>
    </message>
    <message>
        <source>The server enforces the role, whatever program the user connects with: a viewer reads; a timekeeper runs the clock and the message; staff inscribe, move, mark absent and edit; the chair does everything. The user is created (without a password: set one with psql&apos;s \password) where the server has none, and loses any other role on the meeting. Needs the right to create roles.</source>
        <translation>El servidor hace cumplir el rol, sea cual sea el programa con el que se conecte el usuario: un lector consulta; un cronometrador maneja el reloj y el mensaje; la secretaría inscribe, desplaza, marca como ausente y edita; la Presidencia lo hace todo. El usuario se crea (sin contraseña: establezca una con \password de psql) si el servidor no lo tiene, y pierde cualquier otro rol en la reunión. Requiere el derecho a crear roles.</translation>
    </message>
    <message>
        <source>the PostgreSQL user</source>
        <translation>el usuario de PostgreSQL</translation>
    </message>
    <message>
        <source>chair, staff, timekeeper or viewer</source>
        <translation>chair, staff, timekeeper o viewer</translation>
    </message>
</context>
<context>
    <name>rostrum::web::AccessTokens</name>
    <message>
        <source>Cannot make the folder %1 for the links.</source>
        <translation>No se puede crear la carpeta %1 de los enlaces.</translation>
    </message>
    <message>
        <source>This meeting file is too old to be shared: open it in the console once, which brings it up to date.</source>
        <translation>Este archivo de reunión es demasiado antiguo para compartirse: ábralo una vez en la consola, que lo actualizará.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::GuardedTcpServer</name>
    <message>
        <source>Web views: too many connections from %1; the ones over %2 are turned away.</source>
        <translation>Vistas web: demasiadas conexiones desde %1; se rechazan las que superan %2.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::PageStrings</name>
    <message>
        <source>Rostrum — Timer</source>
        <comment>Browser tab title of the speaker&apos;s timer page</comment>
        <translation>Rostrum — Cronómetro</translation>
    </message>
    <message>
        <source>Rostrum — Room display</source>
        <comment>Browser tab title of the room display page</comment>
        <translation>Rostrum — Pantalla de la sala</translation>
    </message>
    <message>
        <source>Rostrum — Interpreters</source>
        <comment>Browser tab title of the interpreters&apos; page</comment>
        <translation>Rostrum — Intérpretes</translation>
    </message>
    <message>
        <source>Rostrum — List of speakers</source>
        <comment>Browser tab title of the delegates&apos; list page</comment>
        <translation>Rostrum — Lista de oradores</translation>
    </message>
    <message>
        <source>Rostrum — Control</source>
        <comment>Browser tab title of the control page</comment>
        <translation>Rostrum — Control</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <comment>Banner while the page first connects to the console</comment>
        <translation>Conectando con la consola…</translation>
    </message>
    <message>
        <source>Connection to the console lost — reconnecting…</source>
        <comment>Banner when the link to the console is lost; the page retries by itself</comment>
        <translation>Se perdió la conexión con la consola — reconectando…</translation>
    </message>
    <message>
        <source>This link is not valid any more. Ask the secretariat for a new one.</source>
        <comment>Banner when the link&apos;s access code is wrong or withdrawn; no retry</comment>
        <translation>Este enlace ya no es válido. Pida uno nuevo a la secretaría.</translation>
    </message>
    <message>
        <source>This link may not open this page. Ask the secretariat for the right link.</source>
        <comment>Banner when the link&apos;s role may not open this page; no retry</comment>
        <translation>Este enlace no permite abrir esta página. Pida el enlace correcto a la secretaría.</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <comment>Screen-reader name of the countdown figures</comment>
        <translation>Tiempo de uso de la palabra</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>Screen-reader name of the meeting&apos;s clock (HH:MM)</comment>
        <translation>Hora actual</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <comment>Shown in place of the delegation when nobody has the floor</comment>
        <translation>Nadie en la tribuna</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>%1 delegation, %2 speaker&apos;s name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <comment>%1 speaker&apos;s name, %2 group or State spoken for</comment>
        <translation>%1, en nombre de %2</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <comment>%1 group or State spoken for (speaker&apos;s name unknown)</comment>
        <translation>en nombre de %1</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>Clock label: a speaker is called, clock not started (capitals on the display)</comment>
        <translation>LISTO</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <comment>Clock label: clock paused</comment>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>WARNING</source>
        <comment>Clock label: little time left (a ⚠ sign is added before it)</comment>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>Clock label: the time is up (0:00)</comment>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <comment>Clock label: speaking past the limit</comment>
        <translation>TIEMPO EXCEDIDO</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <comment>Clock label: the speech has ended</comment>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <comment>%1 one of WARNING / TIME / OVERTIME: clock paused in that phase</comment>
        <translation>EN PAUSA — %1</translation>
    </message>
    <message>
        <source>POINT OF ORDER</source>
        <comment>Big label on the timer when the floor is taken by a point of order</comment>
        <translation>CUESTIÓN DE ORDEN</translation>
    </message>
    <message>
        <source>RIGHT OF REPLY</source>
        <comment>Big label on the timer during a right of reply</comment>
        <translation>DERECHO A CONTESTAR</translation>
    </message>
    <message>
        <source>Point of order</source>
        <comment>Small mark next to a point of order in lists</comment>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <comment>Small mark next to a right of reply in lists</comment>
        <translation>Derecho a contestar</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <comment>%1 the number of the reply (1, 2): &quot;Right of reply 1&quot;</comment>
        <translation>Derecho a contestar %1</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>Mark for a speaker inscribed after the deadline</comment>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>Mark for a speaker interrupted by a point of order</comment>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Mark for a speaker who was absent when called</comment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>Mark for a speaker who withdrew</comment>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Spoke</source>
        <comment>Mark for a speaker who has spoken</comment>
        <translation>Intervino</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <comment>Heading over the current speaker on the delegates&apos; list</comment>
        <translation>En el uso de la palabra</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <comment>%1 delegation, %2 time left (e.g. 1:12) for the interrupted speaker</comment>
        <translation>Interrumpido: %1 — quedan %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>%1 next delegation (and speaker)</comment>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next: none</source>
        <comment>Nobody is waiting to speak next</comment>
        <translation>Siguiente: ninguno</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <comment>%1 projected end time HH:MM, %2 lateness such as &quot;+15 min&quot;</comment>
        <translation>Fin previsto %1 (%2)</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <comment>%1 minutes past the scheduled end</comment>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <comment>%1 minutes before the scheduled end</comment>
        <translation>−%1 min</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>The list is projected to end at the scheduled time</comment>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <comment>%1 days past the scheduled end (for meetings far off their date)</comment>
        <translation>+%1 días</translation>
    </message>
    <message>
        <source>−%1 days</source>
        <comment>%1 days before the scheduled end</comment>
        <translation>−%1 días</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <comment>The chair has closed the list of speakers</comment>
        <translation>La lista de oradores está cerrada.</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <comment>The list has no waiting speaker</comment>
        <translation>No hay nadie en espera para intervenir.</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <comment>Heading over the current speaker on the room screen</comment>
        <translation>En el uso de la palabra</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <comment>Heading over the next five speakers on the room screen</comment>
        <translation>Próximos oradores</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>%1 language name and code, e.g. &quot;French (fr)&quot;</comment>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>%1 language name in the page&apos;s language, %2 its code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language not given</source>
        <comment>No language was given for the statement</comment>
        <translation>Idioma no indicado</translation>
    </message>
    <message>
        <source>Next three</source>
        <comment>Heading over the next three speakers on the interpreters&apos; page</comment>
        <translation>Próximos tres oradores</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>%1 the secretariat&apos;s notes for the booths about this speaker</comment>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <comment>Heading of the list of speakers (also used when the meeting has no title)</comment>
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <source>Spoken or off the list (%1)</source>
        <comment>%1 how many; folded section with speakers done or off the list</comment>
        <translation>Han intervenido o ya no figuran en la lista (%1)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>%1 start time, %2 end time of a speech (HH:MM)</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>Button: start or resume the speaker&apos;s clock</comment>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>Button: pause the speaker&apos;s clock</comment>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <comment>Button: end this speech and call the next speaker</comment>
        <translation>Siguiente orador</translation>
    </message>
    <message>
        <source>+30 s</source>
        <comment>Button: give the speaker 30 more seconds</comment>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>−30 s</source>
        <comment>Button: take 30 seconds from the speaker</comment>
        <translation>−30 s</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Button: the called speaker is not in the room</comment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Button: take back the last act</comment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Button: do again the act just taken back</comment>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <comment>Heading of the messages to the speaker</comment>
        <translation>Mensaje al orador</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Le ruego que concluya</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Su tiempo se ha agotado</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Le ruego que hable más despacio para los intérpretes</translation>
    </message>
    <message>
        <source>Your own message</source>
        <comment>Label of the field for a message of one&apos;s own</comment>
        <translation>Otro mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Button: show the typed message to the speaker</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Clear message</source>
        <comment>Button: remove the message from the speaker&apos;s screen</comment>
        <translation>Borrar mensaje</translation>
    </message>
    <message>
        <source>Shown to the speaker: %1</source>
        <comment>%1 the message now on the speaker&apos;s screen</comment>
        <translation>Se muestra al orador: %1</translation>
    </message>
    <message>
        <source>Inscribe a speaker</source>
        <comment>Heading of the form that adds a speaker to the list</comment>
        <translation>Inscribir a un orador</translation>
    </message>
    <message>
        <source>Delegation</source>
        <comment>Field label: the delegation (State or organisation)</comment>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <comment>Field label: the speaker&apos;s name, may be left empty</comment>
        <translation>Orador (opcional)</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <comment>Button: add the speaker to the list</comment>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Move a waiting speaker</source>
        <comment>Heading of the form that moves a waiting speaker</comment>
        <translation>Mover a un orador en espera</translation>
    </message>
    <message>
        <source>Waiting speaker</source>
        <comment>Field label: which waiting speaker to move</comment>
        <translation>Orador en espera</translation>
    </message>
    <message>
        <source>New position</source>
        <comment>Field label: the new place in the list (a number)</comment>
        <translation>Nuevo puesto</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>Button: move the speaker</comment>
        <translation>Mover</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>%1 current position, %2 delegation and speaker</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Last act: %1</source>
        <comment>%1 the console&apos;s one-line summary of the act just done</comment>
        <translation>Última acción: %1</translation>
    </message>
    <message>
        <source>This link is for viewing only.</source>
        <comment>Shown on the control page to a link that may do nothing</comment>
        <translation>Este enlace es solo para consulta.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <comment>%1 one of the four role names below</comment>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>Role name: may only look</comment>
        <translation>lector</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <comment>Role name: runs the clock and the messages</comment>
        <translation>cronometrador</translation>
    </message>
    <message>
        <source>staff</source>
        <comment>Role name: secretariat staff keeping the list</comment>
        <translation>secretaría</translation>
    </message>
    <message>
        <source>chair</source>
        <comment>Role name: the chair, may do everything</comment>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>The console did not answer. Try again.</source>
        <comment>The request got no answer (network down)</comment>
        <translation>La consola no respondió. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The console refused the act (HTTP %1).</source>
        <comment>%1 HTTP status code, when the console gave no reason of its own</comment>
        <translation>La consola rechazó la acción (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebActs</name>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>El cuerpo de la solicitud no es JSON: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”; this act takes: %2.</source>
        <translation>Campo desconocido “%1”; esta acción admite: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ningún campo</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>Falta el campo “%1”.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>El campo “%1” debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>El campo “%1” debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>“%1” cannot be empty.</source>
        <translation>El campo “%1” no puede estar vacío.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>El campo “%1” tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>“language” must be one of: %1.</source>
        <translation>El campo “language” debe ser uno de los siguientes: %1.</translation>
    </message>
    <message>
        <source>“seconds” cannot be 0.</source>
        <translation>El campo “seconds” no puede ser 0.</translation>
    </message>
    <message>
        <source>“clear” must be true or false.</source>
        <translation>El campo “clear” debe ser true o false.</translation>
    </message>
    <message>
        <source>Give either “text” or &quot;clear&quot;: true.</source>
        <translation>Indique “text” o bien &quot;clear&quot;: true.</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>No existe la acción “%1”.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebRole</name>
    <message>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Cronometrador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebServer</name>
    <message>
        <source>There is no such page.</source>
        <translation>No existe esa página.</translation>
    </message>
    <message>
        <source>Cannot serve on %1 port %2: %3.</source>
        <translation>No se puede abrir el servidor web en %1, puerto %2: %3.</translation>
    </message>
    <message>
        <source>This page needs the link with its key (…?t=…).</source>
        <translation>Esta página requiere el enlace con su clave (…?t=…).</translation>
    </message>
    <message>
        <source>Web views: %1 wrong keys from %2; its requests are slowed down.</source>
        <translation>Vistas web: %1 claves erróneas desde %2; sus solicitudes se ralentizan.</translation>
    </message>
    <message>
        <source>This link is not valid: it may have been revoked. Ask the secretariat for a new one.</source>
        <translation>Este enlace no es válido: puede que se haya revocado. Pida uno nuevo a la secretaría.</translation>
    </message>
    <message>
        <source>Only a WebSocket at /ws is served.</source>
        <translation>Solo se atiende un WebSocket en /ws.</translation>
    </message>
    <message>
        <source>Requests from pages of other sites are refused.</source>
        <translation>Se rechazan las solicitudes procedentes de páginas de otros sitios.</translation>
    </message>
    <message>
        <source>This address does not take that method.</source>
        <translation>Esta dirección no admite ese método.</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>No existe la acción “%1”.</translation>
    </message>
    <message>
        <source>This link (%1) may not do “%2”.</source>
        <translation>Este enlace (%1) no permite la acción “%2”.</translation>
    </message>
</context>
</TS>
